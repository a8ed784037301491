package dev.naoru.api;

import java.util.Locale;

/** Stable codes of requests that cannot be served; clients branch on these, people read the message. */
public enum ErrorCode {
    INVALID_JSON, INVALID_REQUEST, TEXT_MISSING, TEXT_EMPTY, TEXT_TOO_LONG, UNKNOWN_DEVICE, UNKNOWN_ANSWER,
    /** A {@code tried} entry names an unknown step or outcome. */
    UNKNOWN_TRIED,
    BODY_TOO_LARGE, BATCH_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_FOUND, METHOD_NOT_ALLOWED, UNAUTHORIZED,
    RELOAD_FAILED, INTERNAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
