package dev.naoru.api;

import dev.naoru.kb.DeviceId;

import java.util.Map;
import java.util.Optional;

/**
 * A diagnosis request (contract "Request"). Stateless multi-turn: send the same text again with the
 * answers to the previous result's questions.
 *
 * @param answers question id → answer (e.g. {@code other-devices → yes}); validated against the KB
 */
public record Request(Optional<String> id, String text, Optional<DeviceId> device, Map<String, String> answers) {
    /** Texts longer than this are refused (contract: 1 to 2,000 characters). */
    public static final int MAX_TEXT = 2000;

    public Request {
        answers = Map.copyOf(answers);
    }

    public static Request of(String text) {
        return new Request(Optional.empty(), text, Optional.empty(), Map.of());
    }

    public Request withDevice(DeviceId d) {
        return new Request(id, text, Optional.of(d), answers);
    }

    public Request withAnswers(Map<String, String> a) {
        return new Request(id, text, device, a);
    }

    public Request withId(String newId) {
        return new Request(Optional.of(newId), text, device, answers);
    }
}
