package dev.naoru.api;

import java.util.Locale;

/** Stable codes of requests that cannot be served; clients branch on these, people read the message. */
public enum ErrorCode {
    INVALID_JSON, INVALID_REQUEST, TEXT_MISSING, TEXT_EMPTY, TEXT_TOO_LONG, UNKNOWN_DEVICE, UNKNOWN_ANSWER,
    /** A {@code tried} entry names an unknown step or outcome. */
    UNKNOWN_TRIED,
    BODY_TOO_LARGE, BATCH_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_FOUND, METHOD_NOT_ALLOWED, UNAUTHORIZED,
    RELOAD_FAILED, INTERNAL,
    /** The bytes are not UTF-8 (a batch line or an HTTP body). */
    INVALID_UTF8,
    /** Well-formed JSON past the parser's deliberate limits (nesting, number, string or name length). */
    JSON_TOO_COMPLEX,
    /** The client sent its body too slowly or not at all (HTTP 408). */
    REQUEST_TIMEOUT;

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
