package dev.naoru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import dev.naoru.api.RequestException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One line of a batch: bytes → strict UTF-8 → one request → one JSON line (a result or an error object). */
final class BatchLine {
    record Outcome(String json, boolean error) {
    }

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
            return new Outcome(Json.write(Json.result(naoru.diagnose(Json.request(node)))), false);
        } catch (RequestException e) {
            return error(id, e.code(), lineNo, e.getMessage());
        } catch (RuntimeException e) {
            return error(id, ErrorCode.INTERNAL, lineNo, "internal error: " + e);
        }
    }

    private static Outcome error(Optional<String> id, ErrorCode code, int lineNo, String message) {
        return new Outcome(Json.write(Json.error(id, code, "line " + lineNo + ": " + message)), true);
    }
}
