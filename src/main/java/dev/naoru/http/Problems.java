package dev.naoru.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * RFC 9457 {@code application/problem+json} bodies: {@code type}, {@code title}, {@code status},
 * {@code detail}, plus the stable {@code code} of {@link ErrorCode} that clients branch on.
 */
public final class Problems {
    /** The media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of {@code type}: a URN per code, stable and not meant to be dereferenced. */
    public static final String TYPE_PREFIX = "urn:naoru:problem:";

    private Problems() {
    }

    /** The HTTP status a code is answered with. */
    public static int status(ErrorCode code) {
        return switch (code) {
            case INVALID_JSON, INVALID_REQUEST, TEXT_MISSING, TEXT_EMPTY, TEXT_TOO_LONG, UNKNOWN_DEVICE, UNKNOWN_ANSWER, UNKNOWN_TRIED -> 400;
            case UNAUTHORIZED -> 401;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case BODY_TOO_LARGE, BATCH_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case RELOAD_FAILED -> 422;
            case INTERNAL -> 500;
        };
    }

    /** A short summary that is the same for every occurrence of a code. */
    public static String title(ErrorCode code) {
        return switch (code) {
            case INVALID_JSON -> "Body is not valid JSON";
            case INVALID_REQUEST -> "Request does not have the contract's shape";
            case TEXT_MISSING -> "Text is missing";
            case TEXT_EMPTY -> "Text is empty";
            case TEXT_TOO_LONG -> "Text is too long";
            case UNKNOWN_DEVICE -> "Unknown device";
            case UNKNOWN_ANSWER -> "Unknown answer";
            case UNKNOWN_TRIED -> "Unknown tried step or outcome";
            case BODY_TOO_LARGE -> "Body too large";
            case BATCH_TOO_LARGE -> "Batch has too many requests";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case UNAUTHORIZED -> "Unauthorized";
            case RELOAD_FAILED -> "Reload refused";
            case INTERNAL -> "Internal error";
        };
    }

    /** The problem document for an error. */
    public static ObjectNode body(ErrorCode code, String detail, Optional<String> id) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", TYPE_PREFIX + code.id());
        o.put("title", title(code));
        o.put("status", status(code));
        o.put("detail", detail);
        o.put("code", code.id());
        id.ifPresent(i -> o.put("id", i));
        return o;
    }

    /** Writes the problem for an error to the response. */
    static void write(Context ctx, ApiError e) {
        ObjectNode o = body(e.code(), e.getMessage(), e.id());
        if (!e.problems().isEmpty()) e.problems().forEach(o.putArray("problems")::add);
        ctx.status(status(e.code())).contentType(MEDIA_TYPE).result(Json.write(o));
    }
}
