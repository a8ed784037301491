package dev.naoru.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a step does to the user's data or account beyond looking ({@code kb/steps.yaml} key {@code effects}).
 * Any effect keeps a step out of a suspected-outage plan; the first three also make it destructive.
 */
public enum Effect {
    /** removes data, an account or a profile */
    DELETES,
    /** signs out of an account (Apple アカウント, d アカウント) */
    SIGNS_OUT,
    /** resets settings */
    RESETS,
    /** changes a password or a security setting */
    CHANGES_CREDENTIALS;

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String id() {
        return id;
    }

    /** Loses something the user must restore by hand: the step must be destructive and warn first. */
    public boolean losesSomething() {
        return this != CHANGES_CREDENTIALS;
    }

    public static Optional<Effect> parse(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id().equals(s)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(Effect::id).collect(Collectors.joining(", "));
    }
}
