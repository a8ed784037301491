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

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof TopicFact o && java.util.Objects.equals(id, o.id);
    }

    @Override
    public int hashCode() {
        return 31 + java.util.Objects.hashCode(id);
    }
}
