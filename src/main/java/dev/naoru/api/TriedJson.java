package dev.naoru.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the request's {@code tried} object: step id → {@code fixed | not-fixed | cannot}, in the client's order. */
final class TriedJson {
    private TriedJson() {
    }

    static Map<String, TriedOutcome> read(JsonNode t) {
        Map<String, TriedOutcome> tried = new LinkedHashMap<>();
        if (t == null || t.isNull()) return tried;
        if (!t.isObject()) {
            throw new RequestException(ErrorCode.INVALID_REQUEST, "'tried' must be an object such as {\"check-network\": \"not-fixed\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            TriedOutcome o = TriedOutcome.parse(value).orElseThrow(() -> new RequestException(ErrorCode.UNKNOWN_TRIED,
                    "tried." + e.getKey() + ": '" + value + "' is not an outcome; use one of " + TriedOutcome.known()));
            tried.put(e.getKey().strip(), o);
        }
        return tried;
    }
}
