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

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SymptomFact o && java.util.Objects.equals(id, o.id) && Double.compare(score, o.score) == 0;
    }

    @Override
    public int hashCode() {
        return 961 + 31 * java.util.Objects.hashCode(id) + Double.hashCode(score);
    }
}
