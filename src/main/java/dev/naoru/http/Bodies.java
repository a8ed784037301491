package dev.naoru.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Reads JSON request bodies: checks the media type, bounds the size, decodes strict UTF-8. */
final class Bodies {
    /** Refuses trailing content after the document ({@code {"text":"a"} x}), which Jackson ignores by default. */
    private static final ObjectReader STRICT = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Bodies() {
    }

    /**
     * The body of a JSON POST as text.
     *
     * @throws ApiError {@code unsupported_media_type} unless {@code Content-Type: application/json} (UTF-8, uncompressed),
     *                  {@code body_too_large} over {@code limit} bytes, {@code invalid_utf8} when not UTF-8
     */
    static String json(Context ctx, int limit) {
        return json(ctx, limit, ErrorCode.BODY_TOO_LARGE);
    }

    /** As {@link #json(Context, int)}, answering {@code tooLarge} (e.g. {@code batch_too_large}) over the limit. */
    static String json(Context ctx, int limit, ErrorCode tooLarge) {
        requireJson(ctx.header("Content-Type"));
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '" + encoding.strip() + "' is not supported; send the JSON uncompressed");
        }
        String transfer = ctx.header("Transfer-Encoding");
        if (transfer != null && !transfer.strip().equalsIgnoreCase("chunked")) {   // e.g. "gzip, chunked" (D20)
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Transfer-Encoding '" + transfer.strip() + "' is not supported; send the JSON uncompressed");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(tooLarge, limit, declared);
        byte[] bytes;
        try {
            InputStream in = ctx.req().getInputStream();
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw ClientErrors.unreadableBody(e);
        }
        if (bytes.length > limit) throw tooLarge(tooLarge, limit, -1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(ErrorCode.INVALID_UTF8, "the body is not valid UTF-8; send JSON encoded as UTF-8");
        }
    }

    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "no Content-Type; send the body as JSON with 'Content-Type: application/json'");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type + "' is not supported; send 'application/json'");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String cs = kv[1].strip().replace("\"", "");
                if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
                    throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "charset '" + cs + "' is not supported; send UTF-8");
                }
            }
        }
    }

    private static ApiError tooLarge(ErrorCode code, int limit, long declared) {
        return new ApiError(code, "the body " + (declared >= 0 ? "has " + declared + " bytes" : "is larger than the limit")
                + "; at most " + limit + " bytes are accepted here");
    }

    /** Parses JSON text into a tree, or {@code invalid_json} with where it broke. */
    static JsonNode tree(String body) {
        try {
            JsonNode n = STRICT.readTree(body);
            if (n == null || n.isMissingNode()) throw new ApiError(ErrorCode.INVALID_JSON, "the body is empty; send a JSON document");
            return n;
        } catch (JsonProcessingException e) {
            throw ApiError.of(Json.jsonError(e), Optional.empty());
        }
    }

    /** The {@code id} of a request object, when it has a usable one. */
    static Optional<String> idOf(JsonNode n) {
        if (n == null || !n.isObject()) return Optional.empty();
        JsonNode id = n.get("id");
        return id != null && (id.isTextual() || id.isNumber()) ? Optional.of(id.asText()) : Optional.empty();
    }
}
