package dev.naoru.rules;

/** The device in trouble (absent from working memory when unknown). DRL: {@code DeviceFact(id == "outlook")}. */
public final class DeviceFact {
    private final String id;

    public DeviceFact(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "device: " + id;
    }

    /** Equal when every field is: facts are values (the rules' memo is keyed by them; Drools keeps identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceFact o && java.util.Objects.equals(id, o.id);
    }

    @Override
    public int hashCode() {
        return 31 + java.util.Objects.hashCode(id);
    }
}
