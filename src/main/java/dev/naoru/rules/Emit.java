package dev.naoru.rules;

import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule's consequence calls, so DRL stays one line per effect and every effect carries the
 * rule's name and the facts it matched:
 * {@code Emit.step(drools, "check-network", 80, $s, $d);}
 */
public final class Emit {
    private Emit() {
    }

    public static void step(RuleContext drools, String stepId, int priority, Object... evidence) {
        emit(drools, new StepFact(stepId, priority, drools.getRule().getName(), evidence(evidence)));
    }

    /**
     * A device's priority for a step other rules propose ({@code then: priority_for:}): it replaces the
     * step's priority when the request's device is {@code device}, and adds no step by itself.
     */
    public static void priorityFor(RuleContext drools, String device, String stepId, int priority, Object... evidence) {
        emit(drools, new StepFact(stepId, priority, drools.getRule().getName(), evidence(evidence), device));
    }

    public static void cause(RuleContext drools, String causeId, double confidence, Object... evidence) {
        drools.getKieRuntime().insert(new CauseFact(causeId, confidence, drools.getRule().getName(), evidence(evidence)));
    }

    public static void suppress(RuleContext drools, String stepId) {
        emit(drools, new SuppressFact(stepId, drools.getRule().getName()));
    }

    /** Caps a cause's confidence: what was tried makes it less likely. */
    public static void ruleOut(RuleContext drools, String causeId, double maxConfidence, Object... evidence) {
        emit(drools, new RuleOutFact(causeId, maxConfidence, drools.getRule().getName(), evidence(evidence)));
    }

    public static void ask(RuleContext drools, String questionId) {
        emit(drools, new AskFact(questionId, drools.getRule().getName()));
    }

    /** Into the request's collector when no rule reads this kind of effect (see {@link RuleOutputs}), else into the session. */
    private static void emit(RuleContext drools, Object effect) {
        RuleOutputs out = RuleOutputs.CURRENT.get();
        if (out == null || !out.offer(effect)) drools.getKieRuntime().insert(effect);
    }

    private static List<String> evidence(Object... facts) {
        // A consequence emits several effects from the same matched facts: their texts are written once.
        RuleOutputs outputs = RuleOutputs.CURRENT.get();
        if (outputs != null) {
            List<String> same = outputs.evidenceOf(facts);
            if (same != null) return same;
        }
        // A plain loop: this runs for every effect of every rule that fires, on every request.
        List<String> out = new ArrayList<>(facts.length);
        for (Object f : facts) {
            if (f == null || isEngineFact(f)) continue;
            String s = f.toString();
            if (!out.contains(s)) out.add(s);
        }
        List<String> texts = List.copyOf(out);   // the fact's own List.copyOf keeps this one
        if (outputs != null) outputs.rememberEvidence(facts, texts);
        return texts;
    }

    /** Drools' own InitialFact (matched by {@code not}/{@code accumulate}) says nothing to a maintainer. */
    private static boolean isEngineFact(Object f) {
        return f.getClass().getName().startsWith("org.drools.");
    }
}
