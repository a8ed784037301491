package dev.naoru.api;

import dev.naoru.kb.DeviceId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a human agent needs to take a case over without asking again (contract "handoff"): a few
 * Japanese lines and the same as fields. Built only from ids and the KB's own labels, never from the
 * user's text, which may hold personal data.
 *
 * @param summary  Japanese lines: device, what the user sees, conditions, answers, tried steps, open causes, next
 * @param tried    step id → outcome, in the order tried
 * @param causes   the causes with their confidence after what was ruled out, most likely first
 * @param next     what a person would do next
 */
public record Handoff(String summary, Optional<DeviceId> device, List<String> symptoms, List<Context> contexts,
                      Map<String, String> answers, Map<String, TriedOutcome> tried, List<Cause> causes, String next) {
    public Handoff {
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        tried = Collections.unmodifiableMap(new LinkedHashMap<>(tried));
        causes = List.copyOf(causes);
    }

    /** A condition the user stated, or said does not hold. */
    public record Context(String id, boolean negated) {
    }

    /** A cause still considered, with its confidence. */
    public record Cause(String id, double confidence) {
    }
}
