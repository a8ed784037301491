package dev.naoru.api;

import dev.naoru.kb.DeviceId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A diagnosis request (contract "Request"). Stateless multi-turn: send the same text again with the
 * answers to the previous result's questions and the steps tried so far.
 *
 * @param answers question id → answer (e.g. {@code other-devices → yes}); validated against the KB
 * @param tried   step id → what happened when the user tried it, in the order they were tried;
 *                a tried step is never offered again, a {@code fixed} one ends the case as resolved
 */
public record Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers,
                      Map<String, TriedOutcome> tried) {
    /** Texts longer than this are refused (contract: 1 to 2,000 characters). */
    public static final int MAX_TEXT = 2000;

    public Request {
        answers = Map.copyOf(answers);
        tried = Collections.unmodifiableMap(new LinkedHashMap<>(tried));
    }

    /** A request with nothing tried yet. */
    public Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers) {
        this(id, text, device, answers, Map.of());
    }

    public static Request of(String text) {
        return new Request(Optional.empty(), text, Optional.empty(), Map.of());
    }

    public Request withDevice(DeviceId d) {
        return new Request(id, text, Optional.of(d), answers, tried);
    }

    public Request withAnswers(Map<String, String> a) {
        return new Request(id, text, device, a, tried);
    }

    /** The same request with these tried steps (in the order given). */
    public Request withTried(Map<String, TriedOutcome> t) {
        return new Request(id, text, device, answers, t);
    }

    public Request withId(String newId) {
        return new Request(Optional.of(newId), text, device, answers, tried);
    }
}
