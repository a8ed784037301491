package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;

import java.util.List;
import java.util.Optional;

/** Everything the matcher found in one text. */
public record MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts,
                          List<FactMatch> topics, List<FactMatch> services, List<FactMatch> offtopics,
                          List<NearMiss> nearMisses, List<DeviceMention> deviceMentions, Optional<DeviceId> device) {
    public MatchResult {
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        topics = List.copyOf(topics);
        services = List.copyOf(services);
        offtopics = List.copyOf(offtopics);
        nearMisses = List.copyOf(nearMisses);
        deviceMentions = List.copyOf(deviceMentions);
    }

    /** About something else (LINE, 写真…) with no mail word to say otherwise. */
    public boolean elsewhere() {
        return !offtopics.isEmpty() && topics.isEmpty();
    }
}
