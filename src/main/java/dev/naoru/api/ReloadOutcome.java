package dev.naoru.api;

import java.util.List;

/**
 * What a reload did.
 *
 * @param version  the version now served
 * @param previous the version served before (same as version unless swapped)
 * @param problems why the new snapshot was refused (empty unless failed)
 */
public record ReloadOutcome(Kind kind, String version, String previous, List<String> problems) {
    public enum Kind { SWAPPED, UNCHANGED, FAILED }

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }

    static ReloadOutcome swapped(String previous, String version) {
        return new ReloadOutcome(Kind.SWAPPED, version, previous, List.of());
    }

    static ReloadOutcome unchanged(String version) {
        return new ReloadOutcome(Kind.UNCHANGED, version, version, List.of());
    }

    static ReloadOutcome failed(String version, List<String> problems) {
        return new ReloadOutcome(Kind.FAILED, version, version, problems);
    }
}
