package dev.naoru.rules;

/** A cause a rule derived, with the rule's confidence. */
public final class CauseFact {
    private final String id;
    private final double confidence;
    private final String rule;
    private final String evidence;

    public CauseFact(String id, double confidence, String rule, String evidence) {
        this.id = id;
        this.confidence = confidence;
        this.rule = rule;
        this.evidence = evidence;
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

    public String getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return "cause: " + id;
    }
}
