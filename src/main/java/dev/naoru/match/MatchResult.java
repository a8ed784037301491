package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;

import java.util.List;
import java.util.Optional;

/** Everything the matcher found in one text. */
public record MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts,
                          List<FactMatch> topics, List<NearMiss> nearMisses, List<DeviceMention> deviceMentions,
                          Optional<DeviceId> device) {
    public MatchResult {
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        topics = List.copyOf(topics);
        nearMisses = List.copyOf(nearMisses);
        deviceMentions = List.copyOf(deviceMentions);
    }

    /** Whether the text is about mail at all (a symptom, a context or a mail topic word). */
    public boolean inScope() {
        return !symptoms.isEmpty() || !topics.isEmpty();
    }
}
