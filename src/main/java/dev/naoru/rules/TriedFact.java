package dev.naoru.rules;

/**
 * A step the user already tried and what happened ({@code fixed}, {@code not-fixed}, {@code cannot}):
 * rules reason on it, e.g. a failed re-entry of the password on Outlook brings the app password next.
 */
public final class TriedFact {
    /** How a tried step shows in a rule's evidence and a step's {@code because}: {@code tried: step=outcome}. */
    public static final String PREFIX = "tried: ";

    private final String stepId;
    private final String outcome;

    public TriedFact(String stepId, String outcome) {
        this.stepId = stepId;
        this.outcome = outcome;
    }

    public String getStepId() {
        return stepId;
    }

    public String getOutcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return PREFIX + stepId + "=" + outcome;
    }

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof TriedFact o && java.util.Objects.equals(stepId, o.stepId) && java.util.Objects.equals(outcome, o.outcome);
    }

    @Override
    public int hashCode() {
        return 961 + 31 * java.util.Objects.hashCode(stepId) + java.util.Objects.hashCode(outcome);
    }
}
