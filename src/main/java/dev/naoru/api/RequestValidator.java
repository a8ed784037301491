package dev.naoru.api;

import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Question;

import java.util.Map;
import java.util.TreeSet;

/** Checks a request before any work, with messages that say what is allowed. */
final class RequestValidator {
    private RequestValidator() {
    }

    /** The text's own limits, which need no KB: present, not blank, at most {@link Request#MAX_TEXT} characters. */
    static void checkText(String text) {
        if (text == null) throw new RequestException(ErrorCode.TEXT_MISSING, "'text' is required: the user's message, 1 to 2000 characters");
        if (text.isBlank()) throw new RequestException(ErrorCode.TEXT_EMPTY, "'text' is empty: send the user's message, 1 to 2000 characters");
        if (text.length() <= Request.MAX_TEXT) return;   // no more code points than chars: no count needed
        int len = text.codePointCount(0, text.length());
        if (len > Request.MAX_TEXT) {
            throw new RequestException(ErrorCode.TEXT_TOO_LONG, "'text' has " + len + " characters; at most " + Request.MAX_TEXT + " are allowed");
        }
    }

    static void validate(Request req, KnowledgeBase kb) {
        checkText(req.text());
        for (Map.Entry<String, String> a : req.answers().entrySet()) {
            Question q = kb.questionsById().get(a.getKey());
            if (q == null) {
                throw new RequestException(ErrorCode.UNKNOWN_ANSWER, "unknown question '" + a.getKey() + "' in answers; known: "
                        + String.join(", ", new TreeSet<>(kb.questionsById().keySet())));
            }
            if (!q.options().contains(a.getValue())) {
                throw new RequestException(ErrorCode.UNKNOWN_ANSWER, "'" + a.getValue() + "' is not an answer to '" + a.getKey()
                        + "'; options: " + String.join(", ", q.options()));
            }
        }
        for (String step : req.tried().keySet()) {
            if (kb.step(step).isEmpty()) {
                throw new RequestException(ErrorCode.UNKNOWN_TRIED, "tried." + step + ": unknown step '" + step + "'; known: "
                        + String.join(", ", new TreeSet<>(kb.stepsById().keySet())));
            }
        }
    }
}
