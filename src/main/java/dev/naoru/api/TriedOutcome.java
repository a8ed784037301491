package dev.naoru.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What happened when the user tried a step (contract "Guided troubleshooting": {@code tried}). */
public enum TriedOutcome {
    /** The step solved the problem. */
    FIXED("解決した"),
    /** Done as described, no change. */
    NOT_FIXED("解決しない"),
    /** The user could not do it: no password, no second device, menu not found… */
    CANNOT("できない");

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    private final String label;

    TriedOutcome(String label) {
        this.label = label;
    }

    /** The contract id: {@code fixed}, {@code not-fixed}, {@code cannot}. */
    public String id() {
        return id;
    }

    /** The Japanese button label. */
    public String label() {
        return label;
    }

    public static Optional<TriedOutcome> parse(String id) {
        if (id == null) return Optional.empty();
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.id().equals(s)).findFirst();
    }

    /** {@code fixed, not-fixed, cannot}: for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(TriedOutcome::id).collect(Collectors.joining(", "));
    }
}
