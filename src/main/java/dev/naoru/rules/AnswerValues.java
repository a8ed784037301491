package dev.naoru.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** Answer values as text: YAML may read an unquoted yes/no as a boolean, which means the same. */
public final class AnswerValues {
    private AnswerValues() {
    }

    public static String text(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (v.isBoolean()) return v.asBoolean() ? "yes" : "no";
        return v.asText().strip();
    }
}
