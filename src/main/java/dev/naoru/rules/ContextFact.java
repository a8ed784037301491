package dev.naoru.rules;

/** A context from the text or an answer; {@code negated} when the user said it does not hold. */
public final class ContextFact {
    private final String id;
    private final boolean negated;

    public ContextFact(String id, boolean negated) {
        this.id = id;
        this.negated = negated;
    }

    public String getId() {
        return id;
    }

    public boolean isNegated() {
        return negated;
    }

    @Override
    public String toString() {
        return (negated ? "context (negated): " : "context: ") + id;
    }

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContextFact o && java.util.Objects.equals(id, o.id) && negated == o.negated;
    }

    @Override
    public int hashCode() {
        return 961 + 31 * java.util.Objects.hashCode(id) + Boolean.hashCode(negated);
    }
}
