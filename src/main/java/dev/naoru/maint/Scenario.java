package dev.naoru.maint;

import dev.naoru.api.Request;
import dev.naoru.kb.SourceRef;

import java.util.List;

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

    /** Every key is optional; empty lists and empty optionals check nothing. */
    public record Expect(java.util.Optional<String> status, boolean checksDevice, java.util.Optional<String> device,
                         List<String> symptoms, List<String> symptomsAny, List<String> contexts,
                         List<String> contextsAbsent, List<String> causes, List<String> steps,
                         List<String> stepsAbsent, List<String> firstAny, List<String> top3,
                         List<List<String>> order, List<String> questions) {
    }

    /** How a case is shown in test names and reports: {@code kb/tests/rules.yaml:12 rul-003}. */
    public String label() {
        return where.file() + ":" + where.line() + " " + id;
    }
}
