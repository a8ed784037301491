package dev.naoru.rules;

import java.util.List;

/** A cause a rule derived, with the rule's confidence. */
public final class CauseFact {
    private final String id;
    private final double confidence;
    private final String rule;
    private final List<String> evidence;

    public CauseFact(String id, double confidence, String rule, List<String> evidence) {
        this.id = id;
        this.confidence = confidence;
        this.rule = rule;
        this.evidence = List.copyOf(evidence);
    }

    public String getId() {
        return id;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getRule() {
        return rule;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "cause: " + id;
    }
}
