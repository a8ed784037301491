package dev.naoru.rules;

import java.util.List;

/** A rule's proposal to put a step in the plan, with a priority within its stage (higher first). */
public final class StepFact {
    private final String id;
    private final int priority;
    private final String rule;
    private final List<String> evidence;

    public StepFact(String id, int priority, String rule, List<String> evidence) {
        this.id = id;
        this.priority = priority;
        this.rule = rule;
        this.evidence = List.copyOf(evidence);
    }

    public String getId() {
        return id;
    }

    public int getPriority() {
        return priority;
    }

    public String getRule() {
        return rule;
    }

    /** What the rule matched, e.g. {@code symptom: cannot-fetch, device: outlook}. */
    public List<String> getEvidence() {
        return evidence;
    }
}
