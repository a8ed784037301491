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
}
