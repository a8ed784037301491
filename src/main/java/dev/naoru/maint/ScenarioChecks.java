package dev.naoru.maint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Result;
import dev.naoru.kb.NodeReader;
import dev.naoru.kb.YamlDoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every key a scenario's {@code expect} may hold, each with how it is read and what it checks: adding
 * a key is one entry in {@link #KEYS}. A value that cannot be checked (a flat {@code order} list) is
 * refused with its {@code file:line}, so no expectation silently checks nothing.
 */
public final class ScenarioChecks {
    /** One check of a result: the failures, empty when it holds. */
    @FunctionalInterface
    public interface Check {
        List<String> failures(Result r);
    }

    /** Reads one key's value into a check, reporting located problems through the reader. */
    @FunctionalInterface
    interface Reader {
        Check read(YamlDoc.Node value, NodeReader r);
    }

    static final Map<String, Reader> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("status", (n, r) -> {
            String s = n.json().asText();
            return res -> s.equals(res.status().id()) ? List.of() : List.of("status '" + res.status().id() + "' != '" + s + "'");
        });
        KEYS.put("device", (n, r) -> {
            String want = n.isMissing() ? null : n.json().asText();
            return res -> {
                String dev = res.device().map(d -> d.id()).orElse(null);
                return Objects.equals(dev, want) ? List.of() : List.of("device " + dev + " != " + want);
            };
        });
        each("symptoms", ScenarioChecks::symptoms, (x, got) -> got.contains(x) ? null : "symptom " + x + " missing (got " + got + ")");
        any("symptoms_any", ScenarioChecks::symptoms, "symptoms");
        exactly("symptoms_exactly", ScenarioChecks::symptoms, "symptoms");
        each("contexts", ScenarioChecks::contexts, (x, got) -> got.contains(x) ? null : "context " + x + " missing (got " + got + ")");
        each("contexts_absent", ScenarioChecks::contexts, (x, got) -> got.contains(x) ? "context " + x + " should be absent or negated" : null);
        exactly("contexts_exactly", ScenarioChecks::contexts, "contexts (not negated)");
        each("causes", ScenarioChecks::causes, (x, got) -> got.contains(x) ? null : "cause " + x + " missing (got " + got + ")");
        each("steps", Result::stepIds, (x, got) -> got.contains(x) ? null : "step " + x + " missing (plan " + got + ")");
        each("steps_absent", Result::stepIds, (x, got) -> got.contains(x) ? "step " + x + " should be absent" : null);
        KEYS.put("first_any", (n, r) -> {
            List<String> want = strings(n, r, "first_any");
            return res -> {
                List<String> steps = res.stepIds();
                return !steps.isEmpty() && want.contains(steps.get(0)) ? List.of()
                        : List.of("first step " + (steps.isEmpty() ? "none" : steps.get(0)) + " not in " + want);
            };
        });
        each("top3", res -> res.stepIds().subList(0, Math.min(3, res.stepIds().size())),
                (x, top) -> top.contains(x) ? null : "step " + x + " not in first three " + top);
        KEYS.put("order", ScenarioChecks::order);
        each("questions", ScenarioChecks::questions, (x, got) -> got.contains(x) ? null : "question " + x + " not asked (got " + got + ")");
        each("questions_absent", ScenarioChecks::questions, (x, got) -> got.contains(x) ? "question " + x + " should not be asked (the text answers it)" : null);
    }

    private ScenarioChecks() {
    }

    public static Set<String> keys() {
        return new TreeSet<>(KEYS.keySet());
    }

    private static List<String> symptoms(Result r) {
        return r.symptoms().stream().map(Result.SymptomFound::id).toList();
    }

    private static List<String> contexts(Result r) {
        return r.contexts().stream().filter(c -> !c.negated()).map(Result.ContextFound::id).toList();
    }

    private static List<String> causes(Result r) {
        return r.causes().stream().map(Result.CauseFound::id).toList();
    }

    private static List<String> questions(Result r) {
        return r.questions().stream().map(Result.QuestionAsked::id).toList();
    }

    /** A list key whose every item is checked against what the result shows: null means it holds. */
    private static void each(String key, Function<Result, List<String>> got, BiFunction<String, List<String>, String> item) {
        KEYS.put(key, (n, r) -> {
            List<String> want = strings(n, r, key);
            return res -> {
                List<String> g = got.apply(res);
                List<String> fails = new ArrayList<>();
                for (String x : want) {
                    String f = item.apply(x, g);
                    if (f != null) fails.add(f);
                }
                return fails;
            };
        });
    }

    private static void any(String key, Function<Result, List<String>> got, String what) {
        KEYS.put(key, (n, r) -> {
            List<String> want = strings(n, r, key);
            return res -> want.isEmpty() || want.stream().anyMatch(got.apply(res)::contains) ? List.of()
                    : List.of("none of " + what + " " + want + " (got " + got.apply(res) + ")");
        });
    }

    /** The result shows these and nothing else: a false fact fails the case. */
    private static void exactly(String key, Function<Result, List<String>> got, String what) {
        KEYS.put(key, (n, r) -> {
            Set<String> want = new TreeSet<>(strings(n, r, key));
            return res -> {
                Set<String> g = new TreeSet<>(got.apply(res));
                return g.equals(want) ? List.of() : List.of(what + " " + g + " != exactly " + want);
            };
        });
    }

    private static List<String> strings(YamlDoc.Node n, NodeReader r, String key) {
        YamlDoc.Node parent = new YamlDoc.Node(n.doc(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .set(key, n.json()), n.pointer().substring(0, Math.max(0, n.pointer().lastIndexOf('/'))));
        return r.strings(parent, key);
    }

    /** {@code order: [[a, b], [c, d]]}: each pair left before right, both present. A flat list is refused. */
    private static Check order(YamlDoc.Node n, NodeReader r) {
        List<List<String>> pairs = new ArrayList<>();
        if (!n.json().isArray()) {
            r.problem(n, "'order' must be a list of pairs", "write order: [[first-step, later-step]]");
        } else {
            for (int i = 0; i < n.json().size(); i++) {
                JsonNode pair = n.json().get(i);
                if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                    r.problem(n.at(i), "'order' item " + pair + " is not a pair of step ids",
                            "write order: [[first-step, later-step]] (a flat list checks nothing)");
                    continue;
                }
                pairs.add(List.of(pair.get(0).asText(), pair.get(1).asText()));
            }
        }
        return res -> {
            List<String> steps = res.stepIds();
            List<String> fails = new ArrayList<>();
            for (List<String> p : pairs) {
                String a = p.get(0), b = p.get(1);
                if (!steps.contains(a) || !steps.contains(b)) fails.add("order: " + a + " / " + b + " not both in plan");
                else if (steps.indexOf(a) > steps.indexOf(b)) fails.add("order: " + a + " should come before " + b);
            }
            return fails;
        };
    }
}
