package dev.naoru.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The devices of the public contract; their cues, names and variants live in {@code kb/devices.yaml}. */
public enum DeviceId {
    IPHONE, MAC, OUTLOOK, ANDROID, DOCOMO,
    /** Any other mail app holding an iCloud account (Thunderbird, Windows メール, Gmail on iPhone, Spark…). */
    OTHER_APP;

    /** Computed once: rules, plans and JSON ask for it many times per request. */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The contract id, e.g. {@code iphone}, {@code other-app}. */
    public String id() {
        return id;
    }

    public static Optional<DeviceId> parse(String id) {
        if (id == null) return Optional.empty();
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.id().equals(s)).findFirst();
    }

    /** {@code iphone, mac, outlook, android, docomo, other-app}: for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(DeviceId::id).collect(Collectors.joining(", "));
    }
}
