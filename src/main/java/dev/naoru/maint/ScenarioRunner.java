package dev.naoru.maint;

import dev.naoru.api.RequestException;
import dev.naoru.api.Result;
import dev.naoru.api.Snapshot;
import dev.naoru.kb.KbException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs scenarios against a snapshot with the same checks as {@code shared/eval/score.py}. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** One case's outcome: empty failures means it passed; status is the result's ("error" when refused). */
    public record Outcome(Scenario scenario, List<String> failures, String status) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** Expected status (rows) against actual status (columns), for cases that state a status. */
    public static Map<String, Map<String, Integer>> confusion(List<Outcome> outcomes) {
        List<String> kinds = List.of("plan", "clarify", "no_match", "error");
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        for (String row : kinds.subList(0, 3)) {
            Map<String, Integer> cols = new LinkedHashMap<>();
            kinds.forEach(k -> cols.put(k, 0));
            m.put(row, cols);
        }
        for (Outcome o : outcomes) {
            o.scenario().expect().status().filter(m::containsKey).ifPresent(exp -> m.get(exp).merge(o.status(), 1, Integer::sum));
        }
        return m;
    }

    public static List<Outcome> run(Snapshot snap, List<Scenario> cases) {
        List<Outcome> out = new ArrayList<>();
        for (Scenario c : cases) {
            try {
                Result r = snap.diagnose(c.request());
                List<String> fails = new ArrayList<>(check(c.expect(), r));
                fails.addAll(checkGuided(c.guided(), r));
                out.add(new Outcome(c, fails, r.status().id()));
            } catch (RequestException e) {
                out.add(new Outcome(c, List.of("error: " + e.code().id() + ": " + e.getMessage()), "error"));
            }
        }
        return out;
    }

    /** The failures of every scenario under {@code testsDir}, as located lines; used before a reload swaps. */
    public static List<String> failuresOn(Snapshot snap, Path testsDir) {
        List<String> lines = new ArrayList<>();
        try {
            for (Path f : ScenarioFile.filesIn(testsDir)) {
                for (Outcome o : run(snap, ScenarioFile.read(f))) {
                    if (!o.passed()) lines.add(o.scenario().label() + ": " + String.join("; ", o.failures()));
                }
            }
        } catch (KbException e) {
            e.problems().forEach(p -> lines.add(p.format()));
        }
        return lines;
    }

    /** Failure kinds counted like score.py ("step", "order:", "context"…). */
    public static Map<String, Integer> byKind(List<Outcome> outcomes) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            for (String f : o.failures()) m.merge(f.split(" ")[0], 1, Integer::sum);
        }
        return m;
    }

    /** The guided expectations, worded like score.py's. */
    public static List<String> checkGuided(Scenario.Guided g, Result r) {
        List<String> fails = new ArrayList<>();
        g.resolvedBy().filter(s -> !r.resolvedBy().equals(java.util.Optional.of(s)))
                .ifPresent(s -> fails.add("resolved_by " + r.resolvedBy().orElse(null) + " != " + s));
        if (g.handoff() && r.handoff().map(h -> h.summary().isBlank()).orElse(true)) fails.add("handoff summary missing");
        return fails;
    }

    public static List<String> check(Scenario.Expect e, Result r) {
        return e.failures(r);
    }
}
