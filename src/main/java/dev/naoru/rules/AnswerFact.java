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

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerFact o && java.util.Objects.equals(question, o.question) && java.util.Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return 961 + 31 * java.util.Objects.hashCode(question) + java.util.Objects.hashCode(value);
    }
}
