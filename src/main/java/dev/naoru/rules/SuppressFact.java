package dev.naoru.rules;

/** A rule's veto: the step must not be in the plan (e.g. destructive steps during an outage). */
public final class SuppressFact {
    private final String stepId;
    private final String rule;

    public SuppressFact(String stepId, String rule) {
        this.stepId = stepId;
        this.rule = rule;
    }

    public String getStepId() {
        return stepId;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return "suppressed: " + stepId + " (rule " + rule + ")";
    }
}
