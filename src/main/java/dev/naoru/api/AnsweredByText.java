package dev.naoru.api;

import java.util.Map;
import java.util.Optional;

/**
 * Questions the user's own words already answer (contract: 「iPhoneでは普通に見れる」 answers
 * {@code other-devices} with no, 「パスワードは変えてない」 answers {@code password-changed} with no).
 * A question stands for a context; once that context is known, said or denied, it is not asked again.
 */
final class AnsweredByText {
    /** Question id → the context its yes/no answer stands for. */
    static final Map<String, String> CONTEXT_OF_QUESTION = Map.of(
            "other-devices", "other-devices-too",
            "other-networks", "other-networks-too",
            "password-changed", "password-changed");

    private AnsweredByText() {
    }

    /** The context that answers {@code questionId}, when the text (or an answer) gave it, positive or negated. */
    static Optional<Result.ContextFound> answer(String questionId, Map<String, Result.ContextFound> contexts) {
        String context = CONTEXT_OF_QUESTION.get(questionId);
        return context == null ? Optional.empty() : Optional.ofNullable(contexts.get(context));
    }
}
