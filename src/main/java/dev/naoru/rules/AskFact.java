package dev.naoru.rules;

/** A rule's request to ask the user a follow-up question. */
public final class AskFact {
    private final String questionId;
    private final String rule;

    public AskFact(String questionId, String rule) {
        this.questionId = questionId;
        this.rule = rule;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return "ask: " + questionId + " (rule " + rule + ")";
    }
}
