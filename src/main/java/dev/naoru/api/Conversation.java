package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.plan.PlanStep;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chat's guided troubleshooting for an embedder: holds the user's text, the answers and the
 * steps tried between turns, and yields the next question and the next step. Naoru itself stays
 * stateless; this only replays {@link Request}s.
 *
 * <pre>{@code
 * Conversation c = Conversation.start(naoru, "Outlookでパスワードを何度も聞かれる");
 * while (!c.finished()) {
 *     Optional<Result.QuestionAsked> q = c.nextQuestion();
 *     if (q.isPresent()) { c.answer(q.get().id(), askUser(q.get())); continue; }
 *     PlanStep s = c.nextStep().orElseThrow();
 *     c.report(s.id(), showAndAsk(s));            // FIXED, NOT_FIXED or CANNOT
 * }
 * c.result().status();                              // RESOLVED, ESCALATE or NO_MATCH
 * c.result().handoff().map(Handoff::summary);      // for the person who takes over
 * }</pre>
 *
 * Not thread-safe: one instance per chat (keep {@link #request()} to resume it elsewhere).
 */
public final class Conversation {
    private final Naoru naoru;
    private Request request;
    private final Set<String> skipped = new LinkedHashSet<>();
    private Result result;

    private Conversation(Naoru naoru, Request request) {
        this.naoru = naoru;
        this.request = request;
        this.result = naoru.diagnose(request);
    }

    /**
     * Starts with the user's first message.
     *
     * @throws RequestException when the text is empty or too long
     */
    public static Conversation start(Naoru naoru, String text) {
        return new Conversation(naoru, Request.of(text));
    }

    /** Resumes a chat from the request kept after its last turn (text, device, answers, tried). */
    public static Conversation resume(Naoru naoru, Request request) {
        return new Conversation(naoru, request);
    }

    /** Resumes a chat, with the questions the user left unanswered ({@link #skipped()}). */
    public static Conversation resume(Naoru naoru, Request request, java.util.Collection<String> skipped) {
        Conversation c = new Conversation(naoru, request);
        c.skipped.addAll(skipped);
        return c;
    }

    /** The questions the user left unanswered, to keep with {@link #request()} between turns. */
    public Set<String> skipped() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
    }

    /** The result for everything said so far. */
    public Result result() {
        return result;
    }

    /** What to send to Naoru (or keep) to get {@link #result()} again. */
    public Request request() {
        return request;
    }

    /** The first question still open and not skipped; questions come before steps, as they change the plan. */
    public Optional<Result.QuestionAsked> nextQuestion() {
        return finished() ? Optional.empty() : openQuestion();
    }

    /** The step to offer now: the first of the plan (never one already tried). */
    public Optional<PlanStep> nextStep() {
        return result.steps().stream().findFirst();
    }

    /**
     * Resolved, escalated to a person, not about mail trouble, or nothing left to offer (no step, every
     * question skipped): the chat shows {@link Result#handoff()} or the prevention tips and ends.
     */
    public boolean finished() {
        return result.status() == Status.RESOLVED || result.status() == Status.ESCALATE || result.status() == Status.NO_MATCH
                || result.steps().isEmpty() && openQuestion().isEmpty();
    }

    private Optional<Result.QuestionAsked> openQuestion() {
        return result.questions().stream().filter(q -> !skipped.contains(q.id())).findFirst();
    }

    /**
     * Records an answer (a question id and one of its options) and diagnoses again.
     *
     * @throws RequestException with code {@code unknown_answer}; the conversation is unchanged
     */
    public Result answer(String questionId, String option) {
        Map<String, String> a = new LinkedHashMap<>(request.answers());
        a.put(questionId, option);
        return replay(request.withAnswers(a));
    }

    /** Leaves a question unanswered ("わからない"): it is not offered again in this chat. */
    public void skip(String questionId) {
        skipped.add(questionId);
    }

    /**
     * Records what happened with a step and diagnoses again: a {@code fixed} resolves the case, the
     * others bring the next step (or the escalation when none is left).
     *
     * @throws RequestException with code {@code unknown_tried}; the conversation is unchanged
     */
    public Result report(String stepId, TriedOutcome outcome) {
        Map<String, TriedOutcome> t = new LinkedHashMap<>(request.tried());
        t.put(stepId, outcome);
        return replay(request.withTried(t));
    }

    /** Gives the device when the client knows it (e.g. from the app the chat runs in). */
    public Result device(DeviceId device) {
        return replay(request.withDevice(device));
    }

    private Result replay(Request next) {
        Result r = naoru.diagnose(next);
        request = next;
        result = r;
        return r;
    }
}
