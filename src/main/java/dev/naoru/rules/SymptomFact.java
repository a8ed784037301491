package dev.naoru.rules;

/** A symptom found in the text or answered. DRL: {@code SymptomFact(id == "cannot-fetch")}. */
public final class SymptomFact {
    private final String id;
    private final double score;

    public SymptomFact(String id, double score) {
        this.id = id;
        this.score = score;
    }

    public String getId() {
        return id;
    }

    public double getScore() {
        return score;
    }

    @Override
    public String toString() {
        return "symptom: " + id;
    }
}
