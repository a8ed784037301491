package dev.naoru.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import dev.naoru.api.KbTexts;
import dev.naoru.api.Naoru;
import dev.naoru.api.RequestException;
import dev.naoru.api.Result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One line of a batch: bytes → strict UTF-8 → one request → one JSON line (a result or an error object),
 * as UTF-8 bytes: JSON Lines are UTF-8 whatever the locale, and the worker thread that diagnosed the line
 * encodes it (the KB's texts from the bytes {@link KbTexts} encoded once), not the one thread that writes.
 */
final class BatchLine {
    /** @param json the line's JSON in UTF-8, without its newline */
    record Outcome(byte[] json, boolean error) {
    }

    /** One buffer per worker thread, reused line after line (a result is ~15 KB). */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(1 << 15));

    private BatchLine() {
    }

    static Outcome answer(Naoru naoru, byte[] bytes, int lineNo) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return error(Optional.empty(), ErrorCode.INVALID_UTF8, lineNo, "not valid UTF-8; save the file as UTF-8");
        }
        if (text.isBlank()) return error(Optional.empty(), ErrorCode.INVALID_JSON, lineNo, "empty line; every line is one JSON request");
        Optional<String> id = Optional.empty();
        try {
            JsonNode node = Json.parseTree(text);
            id = Json.idOf(node);
            Result r = naoru.diagnose(Json.request(node));
            return new Outcome(utf8(r, naoru.snapshot().texts()), false);
        } catch (RequestException e) {
            return error(id, e.code(), lineNo, e.getMessage());
        } catch (RuntimeException e) {
            return error(id, ErrorCode.INTERNAL, lineNo, "internal error: " + e);
        }
    }

    private static Outcome error(Optional<String> id, ErrorCode code, int lineNo, String message) {
        return new Outcome(Json.write(Json.error(id, code, "line " + lineNo + ": " + message)).getBytes(StandardCharsets.UTF_8), true);
    }

    /** The same bytes as {@code Json.write(Json.result(r))} in UTF-8 (KbTextsTest), written without a tree or a String. */
    private static byte[] utf8(Result r, KbTexts texts) {
        ByteArrayOutputStream buf = BUFFER.get();
        buf.reset();
        try (JsonGenerator g = Json.MAPPER.createGenerator(buf)) {
            Json.write(g, r, texts);
        } catch (IOException e) {   // a stream in memory does not fail
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }
}
