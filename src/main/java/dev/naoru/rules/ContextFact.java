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
}
