package dev.naoru.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Questions the user's own words already answer (contract: 「iPhoneでは普通に見れる」 answers
 * {@code other-devices} with no, 「パスワードは変えてない」 answers {@code password-changed} with no).
 * A question stands for a context; once that context is known, said or denied, it is not asked again.
 */
final class AnsweredByText {
    /**
     * Question id → the context its yes/no answer stands for, in a fixed order: the contexts an answer
     * gives are reported in this order (a {@code Map.of} would change it from one JVM to the next).
     */
    static final Map<String, String> CONTEXT_OF_QUESTION = orderedMap(
            "other-devices", "other-devices-too",
            "other-networks", "other-networks-too",
            "password-changed", "password-changed");

    private AnsweredByText() {
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    /** The context that answers {@code questionId}, when the text (or an answer) gave it, positive or negated. */
    static Optional<Result.ContextFound> answer(String questionId, Map<String, Result.ContextFound> contexts) {
        String context = CONTEXT_OF_QUESTION.get(questionId);
        return context == null ? Optional.empty() : Optional.ofNullable(contexts.get(context));
    }
}
