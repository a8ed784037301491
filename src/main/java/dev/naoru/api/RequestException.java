package dev.naoru.api;

/** A request Naoru cannot serve, with a stable code and a message a person can act on. */
public final class RequestException extends RuntimeException {
    private final ErrorCode code;

    public RequestException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
