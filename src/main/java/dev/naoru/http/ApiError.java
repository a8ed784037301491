package dev.naoru.http;

import dev.naoru.api.ErrorCode;
import dev.naoru.api.RequestException;

import java.util.List;
import java.util.Optional;

/**
 * A request the server refuses, turned into an RFC 9457 problem by {@link Problems}.
 *
 * @param id       the request's {@code id} when it could be read, echoed so a client can match the error
 * @param problems details that do not fit one sentence (e.g. why a reload was refused); may be empty
 */
final class ApiError extends RuntimeException {
    private final ErrorCode code;
    private final Optional<String> id;
    private final List<String> problems;

    ApiError(ErrorCode code, String detail) {
        this(code, detail, Optional.empty(), List.of());
    }

    ApiError(ErrorCode code, String detail, Optional<String> id, List<String> problems) {
        super(detail, null, false, false);
        this.code = code;
        this.id = id;
        this.problems = List.copyOf(problems);
    }

    /** A request error from the API, with the request's id when known. */
    static ApiError of(RequestException e, Optional<String> id) {
        return new ApiError(e.code(), e.getMessage(), id, List.of());
    }

    ErrorCode code() {
        return code;
    }

    Optional<String> id() {
        return id;
    }

    List<String> problems() {
        return problems;
    }
}
