package dev.naoru.example;

import dev.naoru.api.Conversation;
import dev.naoru.api.Handoff;
import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import dev.naoru.api.Result;
import dev.naoru.api.TriedOutcome;
import dev.naoru.plan.PlanStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Embedding example (README "Embedding"): the backend of a support chatbot on Naoru's Java API.
 * One instance serves every chat; between turns it keeps only each chat's {@link Request} (text,
 * answers, tried steps) and what it asked last, so any store (a map, Redis, a database row) will do.
 * The bot asks Naoru's questions first, then offers one step at a time and reads 「解決した」
 * 「解決しない」「できない」; when nothing is left, the handoff goes to the human agents' queue.
 */
public final class ChatbotBackend {
    /** Where a chat stands between turns: the request so far, skipped questions, and the pending question or step. */
    record ChatState(Request request, Set<String> skipped, Optional<String> pendingQuestion, Optional<String> pendingStep) {
    }

    private final Naoru naoru;
    private final Map<String, ChatState> chats = new ConcurrentHashMap<>();
    /** What the human agents see: one handoff per escalated chat, never the user's own words. */
    final List<Handoff> agentQueue = new CopyOnWriteArrayList<>();

    public ChatbotBackend(Naoru naoru) {
        this.naoru = naoru;
    }

    /** One user message in, the bot's reply out. */
    public String onMessage(String chatId, String message) {
        ChatState state = chats.get(chatId);
        Conversation c;
        if (state == null) {
            c = Conversation.start(naoru, message);
        } else {
            c = Conversation.resume(naoru, state.request(), state.skipped());
            if (state.pendingQuestion().isPresent()) answer(c, state.pendingQuestion().get(), message);
            else state.pendingStep().ifPresent(step -> c.report(step, outcome(message)));
        }
        return reply(chatId, c);
    }

    private static void answer(Conversation c, String questionId, String message) {
        Result.QuestionAsked q = c.result().questions().stream().filter(x -> x.id().equals(questionId)).findFirst().orElseThrow();
        // The user taps a button (an option's label) or types the option id; anything else skips the question.
        Optional<String> option = q.options().stream()
                .filter(o -> o.equalsIgnoreCase(message.strip()) || message.strip().equals(q.optionLabels().get(o))).findFirst();
        option.ifPresentOrElse(o -> c.answer(questionId, o), () -> c.skip(questionId));
    }

    private static TriedOutcome outcome(String message) {
        String m = message.strip();
        if (m.contains("しない") || m.contains("直らない") || m.contains("だめ")) return TriedOutcome.NOT_FIXED;
        if (m.contains("できない") || m.contains("わからない")) return TriedOutcome.CANNOT;
        return m.contains("解決") || m.contains("直った") ? TriedOutcome.FIXED : TriedOutcome.NOT_FIXED;
    }

    private String reply(String chatId, Conversation c) {
        Result r = c.result();
        Optional<Result.QuestionAsked> q = c.nextQuestion();
        Optional<PlanStep> step = c.finished() ? Optional.empty() : c.nextStep();
        chats.put(chatId, new ChatState(c.request(), c.skipped(), q.map(Result.QuestionAsked::id),
                q.isPresent() ? Optional.empty() : step.map(PlanStep::id)));
        if (q.isPresent()) {
            return q.get().text() + " [" + String.join(" / ", q.get().options().stream()
                    .map(o -> q.get().optionLabels().getOrDefault(o, o)).toList()) + "]";
        }
        if (step.isPresent()) {
            return "次の手順: " + step.get().title() + "\n" + step.get().instructions() + "\n[解決した / 解決しない / できない]";
        }
        chats.remove(chatId);
        return switch (r.status()) {
            case RESOLVED -> "解決してよかったです。再発を防ぐには: " + r.prevention().stream().findFirst().orElse("");
            case NO_MATCH -> "iCloud メールの不具合についてお書きください。";
            default -> {
                r.handoff().ifPresent(agentQueue::add);
                yield "担当者におつなぎします。これまでの内容は引き継ぎますので、同じ説明は不要です。";
            }
        };
    }
}
