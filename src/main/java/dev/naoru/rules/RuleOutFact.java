package dev.naoru.rules;

import java.util.List;

/**
 * A rule's finding that a cause has become less likely (a step aimed at it was tried and did not help):
 * the cause's confidence is capped at {@code maxConfidence}.
 */
public final class RuleOutFact {
    private final String causeId;
    private final double maxConfidence;
    private final String rule;
    private final List<String> evidence;

    public RuleOutFact(String causeId, double maxConfidence, String rule, List<String> evidence) {
        this.causeId = causeId;
        this.maxConfidence = maxConfidence;
        this.rule = rule;
        this.evidence = List.copyOf(evidence);
    }

    public String getCauseId() {
        return causeId;
    }

    public double getMaxConfidence() {
        return maxConfidence;
    }

    public String getRule() {
        return rule;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "ruled out: " + causeId + " ≤ " + maxConfidence;
    }
}
