package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.plan.PlanContext;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A diagnosis request (contract "Request"). Stateless multi-turn: send the same text again with the
 * answers to the previous result's questions and the steps tried so far.
 *
 * @param answers  question id → answer (e.g. {@code other-devices → yes}); validated against the KB; kept in
 *                 question-id order, so the same answers give the same result whatever order a client sent them in
 * @param tried    step id → what happened when the user tried it, in the order they were tried;
 *                 a tried step is never offered again, a {@code fixed} one ends the case as resolved
 * @param maxSteps steps in the result's {@code steps} (the short chat plan); the rest go to {@code more_steps}; 0 = all
 */
public record Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers,
                      Map<String, TriedOutcome> tried, int maxSteps) {
    /** Texts longer than this are refused (contract: 1 to 2,000 characters). */
    public static final int MAX_TEXT = 2000;
    /** The largest {@code max_steps} accepted (0 means all). */
    public static final int MAX_MAX_STEPS = 100;

    public Request {
        // Map.copyOf iterates in a per-JVM random order: the contexts, rule facts and handoff lines built
        // from the answers came out in a different order from one run to the next.
        answers = Collections.unmodifiableMap(new TreeMap<>(answers));
        tried = Collections.unmodifiableMap(new LinkedHashMap<>(tried));
    }

    /** A request with nothing tried yet and the default short plan. */
    public Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers) {
        this(id, text, device, answers, Map.of(), PlanContext.DEFAULT_MAX_STEPS);
    }

    /** A request with these tried steps and the default short plan. */
    public Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers,
                   Map<String, TriedOutcome> tried) {
        this(id, text, device, answers, tried, PlanContext.DEFAULT_MAX_STEPS);
    }

    /** A request with nothing tried yet asking for {@code maxSteps} steps in {@code steps}. */
    public Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers, int maxSteps) {
        this(id, text, device, answers, Map.of(), maxSteps);
    }

    public static Request of(String text) {
        return new Request(Optional.empty(), text, Optional.empty(), Map.of());
    }

    /** The same request asking for {@code n} steps in {@code steps} (0 = the whole plan). */
    public Request withMaxSteps(int n) {
        return new Request(id, text, device, answers, tried, n);
    }

    public Request withDevice(DeviceId d) {
        return new Request(id, text, Optional.of(d), answers, tried, maxSteps);
    }

    public Request withAnswers(Map<String, String> a) {
        return new Request(id, text, device, a, tried, maxSteps);
    }

    /** The same request with these tried steps (in the order given). */
    public Request withTried(Map<String, TriedOutcome> t) {
        return new Request(id, text, device, answers, t, maxSteps);
    }

    public Request withId(String newId) {
        return new Request(Optional.of(newId), text, device, answers, tried, maxSteps);
    }
}
