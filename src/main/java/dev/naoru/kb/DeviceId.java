package dev.naoru.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The devices of the public contract; their cues and names live in {@code kb/devices.yaml}. */
public enum DeviceId {
    IPHONE, MAC, OUTLOOK, ANDROID, DOCOMO;

    /** The contract id, e.g. {@code iphone}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeviceId> parse(String id) {
        if (id == null) return Optional.empty();
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.id().equals(s)).findFirst();
    }

    /** {@code iphone, mac, outlook, android, docomo}: for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(DeviceId::id).collect(Collectors.joining(", "));
    }
}
