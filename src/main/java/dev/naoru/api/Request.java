package dev.naoru.api;

import dev.naoru.kb.DeviceId;

import java.util.Map;
import java.util.Optional;

/**
 * A diagnosis request (contract "Request"). Stateless multi-turn: send the same text again with the
 * answers to the previous result's questions.
 *
 * @param answers  question id → answer (e.g. {@code other-devices → yes}); validated against the KB
 * @param maxSteps steps in the result's {@code steps} (the short chat plan); the rest go to {@code more_steps}; 0 = all
 */
public record Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers,
                      int maxSteps) {
    /** Texts longer than this are refused (contract: 1 to 2,000 characters). */
    public static final int MAX_TEXT = 2000;
    /** The largest {@code max_steps} accepted (0 means all). */
    public static final int MAX_MAX_STEPS = 100;

    public Request {
        answers = Map.copyOf(answers);
    }

    /** With the default short plan ({@link dev.naoru.plan.PlanContext#DEFAULT_MAX_STEPS} steps). */
    public Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers) {
        this(id, text, device, answers, dev.naoru.plan.PlanContext.DEFAULT_MAX_STEPS);
    }

    /** The same request asking for {@code n} steps in {@code steps} (0 = the whole plan). */
    public Request withMaxSteps(int n) {
        return new Request(id, text, device, answers, n);
    }

    public static Request of(String text) {
        return new Request(Optional.empty(), text, Optional.empty(), Map.of());
    }

    public Request withDevice(DeviceId d) {
        return new Request(id, text, Optional.of(d), answers, maxSteps);
    }

    public Request withAnswers(Map<String, String> a) {
        return new Request(id, text, device, a, maxSteps);
    }

    public Request withId(String newId) {
        return new Request(Optional.of(newId), text, device, answers, maxSteps);
    }
}
