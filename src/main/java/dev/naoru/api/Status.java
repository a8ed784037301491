package dev.naoru.api;

import java.util.Locale;

/** What kind of answer a result is (contract {@code status}). */
public enum Status {
    /** Steps are given. */
    PLAN,
    /** About mail trouble but too vague: questions first, maybe generic steps. */
    CLARIFY,
    /** Not about mail trouble: no steps. */
    NO_MATCH,
    /** A tried step fixed it: no steps, {@code resolved_by} and prevention. */
    RESOLVED,
    /** Every step was tried: contact support (unless tried) and the handoff for a person. */
    ESCALATE;

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
