package dev.naoru.http;

import dev.naoru.api.ErrorCode;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Failures the client caused while sending its body (aborted, too slow, never sent, malformed
 * chunks): 4xx problems with one log line, never a 500 or a stack trace.
 */
final class ClientErrors {
    private static final Logger LOG = LoggerFactory.getLogger("naoru.client");

    private ClientErrors() {
    }

    /** The problem for a body that could not be read; logs one line saying why. */
    static ApiError unreadableBody(Throwable e) {
        ApiError err = classify(e).orElseGet(() -> new ApiError(ErrorCode.INVALID_REQUEST,
                "the request body could not be read: " + oneLine(e)));
        LOG.info("client error {}: {}", err.code().id(), err.getMessage());
        return err;
    }

    /** The client-side failure somewhere in {@code e}'s causes, if it is one. */
    static Optional<ApiError> classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return Optional.of(bad.getCode() == 408 ? timeout() : new ApiError(bad.getCode() == 413 ? ErrorCode.BODY_TOO_LARGE : ErrorCode.INVALID_REQUEST,
                        "the request is malformed: " + (bad.getReason() == null ? "HTTP " + bad.getCode() : bad.getReason())));
            }
            if (t instanceof TimeoutException) return Optional.of(timeout());
            if (t instanceof EofException) return Optional.of(new ApiError(ErrorCode.INVALID_REQUEST, "the body ended early or was malformed (connection closed mid-body, or a bad chunk)"));
        }
        return e instanceof IOException ? Optional.of(new ApiError(ErrorCode.INVALID_REQUEST, "the request body could not be read: " + oneLine(e)))
                : Optional.empty();
    }

    static ApiError timeout() {
        return new ApiError(ErrorCode.REQUEST_TIMEOUT, "the body did not arrive in time; send it at once, at a normal speed");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }
}
