package dev.naoru.rules;

/** The text is about mail (a scope word matched) even if no symptom did. */
public final class TopicFact {
    private final String id;

    public TopicFact(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "topic: " + id;
    }
}
