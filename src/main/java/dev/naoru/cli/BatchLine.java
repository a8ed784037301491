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
    /** The JSON lines of a chunk, appended one after another and handed to the writer without a copy. */
    static final class Lines extends ByteArrayOutputStream {
        Lines(int lines) {
            super(lines * 16_384);   // a result is ~15 KB
        }

        /** The buffer itself: its first {@link #size()} bytes are the lines. */
        byte[] array() {
            return buf;
        }

        /** Drops what was written after {@code size} bytes (a result that failed half-way). */
        void truncate(int size) {
            count = size;
        }
    }

    private BatchLine() {
    }

    /** Appends the line's answer (a result or an error object) and its newline to {@code out}; true when it is an error. */
    static boolean answer(Naoru naoru, byte[] bytes, int lineNo, Lines out) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return error(Optional.empty(), ErrorCode.INVALID_UTF8, lineNo, "not valid UTF-8; save the file as UTF-8", out);
        }
        if (text.isBlank()) return error(Optional.empty(), ErrorCode.INVALID_JSON, lineNo, "empty line; every line is one JSON request", out);
        Optional<String> id = Optional.empty();
        try {
            JsonNode node = Json.parseTree(text);
            id = Json.idOf(node);
            Result r = naoru.diagnose(Json.request(node));
            int start = out.size();
            try {
                write(r, naoru.snapshot().texts(), out);
            } catch (RuntimeException e) {
                out.truncate(start);   // nothing half-written stays: the line becomes the error object below
                throw e;
            }
            out.write('\n');
            return false;
        } catch (RequestException e) {
            return error(id, e.code(), lineNo, e.getMessage(), out);
        } catch (RuntimeException e) {
            return error(id, ErrorCode.INTERNAL, lineNo, "internal error: " + e, out);
        }
    }

    private static boolean error(Optional<String> id, ErrorCode code, int lineNo, String message, Lines out) {
        out.writeBytes(Json.write(Json.error(id, code, "line " + lineNo + ": " + message)).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        return true;
    }

    /** The same bytes as {@code Json.write(Json.result(r))} in UTF-8 (KbTextsTest), written without a tree or a String. */
    private static void write(Result r, KbTexts texts, Lines out) {
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            Json.write(g, r, texts);
        } catch (IOException e) {   // a stream in memory does not fail
            throw new UncheckedIOException(e);
        }
    }
}
