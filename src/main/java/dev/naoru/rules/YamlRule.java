package dev.naoru.rules;

import dev.naoru.kb.SourceRef;

import java.util.List;
import java.util.Map;

/**
 * A declarative rule from {@code rules/*.yaml}: when these facts hold, then these effects.
 * Compiled to DRL by {@link DrlGenerator} so it joins the same KieBase as the hand-written DRL.
 */
public record YamlRule(String name, String description, String source, When when, Then then, SourceRef where) {

    /** Conditions; every non-empty one must hold. */
    public record When(List<String> symptomsAny, List<String> symptomsAll, boolean symptomsNone,
                       List<String> contexts, List<String> contextsAny, List<String> contextsAbsent,
                       List<String> contextsDenied,
                       List<String> deviceIn, List<String> deviceNotIn, boolean deviceUnknown,
                       Map<String, String> answers, List<String> causes, List<String> causesAbsent,
                       List<String> topics, Tried tried) {
        public When {
            symptomsAny = List.copyOf(symptomsAny);
            symptomsAll = List.copyOf(symptomsAll);
            contexts = List.copyOf(contexts);
            contextsAny = List.copyOf(contextsAny);
            contextsAbsent = List.copyOf(contextsAbsent);
            contextsDenied = List.copyOf(contextsDenied);
            deviceIn = List.copyOf(deviceIn);
            deviceNotIn = List.copyOf(deviceNotIn);
            // File order, not Map.copyOf's per-JVM order: the generated DRL and a step's evidence keep one order.
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
            causes = List.copyOf(causes);
            causesAbsent = List.copyOf(causesAbsent);
            topics = List.copyOf(topics);
        }
    }

    /**
     * Conditions on the steps the user tried: each step of {@code notFixed}, {@code cannot}, {@code fixed}
     * was tried with that outcome; at least one step of {@code any} was tried, whatever the outcome.
     */
    public record Tried(List<String> notFixed, List<String> cannot, List<String> fixed, List<String> any) {
        public static final Tried NONE = new Tried(List.of(), List.of(), List.of(), List.of());

        public Tried {
            notFixed = List.copyOf(notFixed);
            cannot = List.copyOf(cannot);
            fixed = List.copyOf(fixed);
            any = List.copyOf(any);
        }
    }

    /**
     * Effects: causes with a confidence, steps with a priority, questions to ask, steps to suppress, causes to
     * cap (rule_out), and per-device priorities (device → step → priority) that replace the priority of steps
     * other rules propose.
     */
    public record Then(Map<String, Double> causes, Map<String, Integer> steps, List<String> ask, List<String> suppress,
                       Map<String, Double> ruleOut, Map<String, Map<String, Integer>> priorityFor) {
        public Then {
            ruleOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleOut));
            causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
            steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
            priorityFor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(priorityFor));
            ask = List.copyOf(ask);
            suppress = List.copyOf(suppress);
        }
    }
}
