package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the matcher found in one text; {@code namedVariants}: for each device with variants, the one the text names. */
public record MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts,
                          List<FactMatch> topics, List<FactMatch> services, List<FactMatch> offtopics,
                          List<NearMiss> nearMisses, List<DeviceMention> deviceMentions, Optional<DeviceId> device,
                          Map<DeviceId, String> namedVariants) {
    public MatchResult {
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        topics = List.copyOf(topics);
        services = List.copyOf(services);
        offtopics = List.copyOf(offtopics);
        nearMisses = List.copyOf(nearMisses);
        deviceMentions = List.copyOf(deviceMentions);
        namedVariants = Map.copyOf(namedVariants);
    }

    /** The variant of {@code device} the text names (「新しいOutlook」 → outlook: new), if any. */
    public Optional<String> variantNamed(DeviceId device) {
        return Optional.ofNullable(namedVariants.get(device));
    }

    public MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts, List<FactMatch> topics,
                       List<FactMatch> services, List<FactMatch> offtopics, List<NearMiss> nearMisses,
                       List<DeviceMention> deviceMentions, Optional<DeviceId> device) {
        this(analysis, symptoms, contexts, topics, services, offtopics, nearMisses, deviceMentions, device, Map.of());
    }

    /** About something else (LINE, 写真…) with no mail word to say otherwise. */
    public boolean elsewhere() {
        return !offtopics.isEmpty() && topics.isEmpty();
    }
}
