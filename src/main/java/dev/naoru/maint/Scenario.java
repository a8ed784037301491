package dev.naoru.maint;

import dev.naoru.api.Request;
import dev.naoru.api.Result;
import dev.naoru.kb.SourceRef;

import java.util.List;
import java.util.Optional;

/**
 * One labelled case in the format of {@code shared/eval/README.md}: a request and what its result
 * must show.
 */
public record Scenario(String id, Request request, Expect expect, SourceRef where, Guided guided) {

    public Scenario(String id, Request request, Expect expect, SourceRef where) {
        this(id, request, expect, where, Guided.NONE);
    }

    /** Guided-troubleshooting expectations: {@code resolved_by} (a step id), {@code handoff: true} (a non-empty summary). */
    public record Guided(java.util.Optional<String> resolvedBy, boolean handoff) {
        public static final Guided NONE = new Guided(java.util.Optional.empty(), false);
    }

    /**
     * The checks of a case's {@code expect} (one per key, see {@link ScenarioChecks}); the expected
     * status is kept apart for the confusion table.
     */
    public record Expect(Optional<String> status, List<ScenarioChecks.Check> checks) {
        public Expect {
            checks = List.copyOf(checks);
        }

        /** Every failed check, in the order of the keys. */
        public List<String> failures(Result r) {
            return checks.stream().flatMap(c -> c.failures(r).stream()).toList();
        }
    }

    /** How a case is shown in test names and reports: {@code kb/tests/rules.yaml:12 rul-003}. */
    public String label() {
        return where.file() + ":" + where.line() + " " + id;
    }
}
