package dev.naoru.rules;

/** An answer the client sent back to one of Naoru's questions. */
public final class AnswerFact {
    private final String question;
    private final String value;

    public AnswerFact(String question, String value) {
        this.question = question;
        this.value = value;
    }

    public String getQuestion() {
        return question;
    }

    public String getValue() {
        return value;
    }

    @Override
    public String toString() {
        return "answer: " + question + "=" + value;
    }
}
