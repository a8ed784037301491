package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the matcher found in one text; {@code namedVariants}: for each device with variants, the one the text names;
 * {@code discourse}: the clause roles and what overrode what (for explain); {@code dialogs}: the catalogued error
 * dialogs found in the text (kb/dialogs.yaml), matched before the phrasings.
 */
public record MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts,
                          List<FactMatch> topics, List<FactMatch> services, List<FactMatch> offtopics,
                          List<NearMiss> nearMisses, List<DeviceMention> deviceMentions, Optional<DeviceId> device,
                          Map<DeviceId, String> namedVariants, List<String> discourse, List<DialogMatch> dialogs) {
    public MatchResult {
        dialogs = List.copyOf(dialogs);
        discourse = List.copyOf(discourse);
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        topics = List.copyOf(topics);
        services = List.copyOf(services);
        offtopics = List.copyOf(offtopics);
        nearMisses = List.copyOf(nearMisses);
        deviceMentions = List.copyOf(deviceMentions);
        namedVariants = namedVariants instanceof NamedVariants ? namedVariants : Map.copyOf(namedVariants);   // read when asked
    }

    /** The variant of {@code device} the text names (「新しいOutlook」 → outlook: new), if any. */
    public Optional<String> variantNamed(DeviceId device) {
        return Optional.ofNullable(namedVariants.get(device));
    }

    public MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts, List<FactMatch> topics,
                       List<FactMatch> services, List<FactMatch> offtopics, List<NearMiss> nearMisses,
                       List<DeviceMention> deviceMentions, Optional<DeviceId> device) {
        this(analysis, symptoms, contexts, topics, services, offtopics, nearMisses, deviceMentions, device, Map.of(), List.of(), List.of());
    }

    public MatchResult(Analysis analysis, List<FactMatch> symptoms, List<FactMatch> contexts, List<FactMatch> topics,
                       List<FactMatch> services, List<FactMatch> offtopics, List<NearMiss> nearMisses,
                       List<DeviceMention> deviceMentions, Optional<DeviceId> device, Map<DeviceId, String> namedVariants) {
        this(analysis, symptoms, contexts, topics, services, offtopics, nearMisses, deviceMentions, device, namedVariants, List.of(), List.of());
    }

    /**
     * About something else: an off-topic (LINE, 写真…) with no mail word to say otherwise, or an intent that
     * outweighs mail words and symptom-like phrases (「お詫びメールを送りたい…書き方」).
     */
    public boolean elsewhere() {
        // A pasted mail error dialog is about mail, whatever else the text names.
        if (offtopics.isEmpty() || !dialogs.isEmpty()) return false;
        // 「Amazonのパスワードで…。Macでパスワードを何度も聞かれる」: a symptom told in a clause of its own, on a named
        // device or beside an iCloud word, is mail trouble whatever other service the text names elsewhere.
        // An intent (kb/scope.yaml intents) is not weighed this way: it outweighs mail words wherever it stands.
        boolean intent = offtopics.stream().anyMatch(o -> o.fact().outweighsMail());
        for (FactMatch s : intent ? List.<FactMatch>of() : symptoms) {
            boolean ownClause = offtopics.stream().noneMatch(o -> o.clause() == s.clause());
            boolean anchored = !services.isEmpty() || deviceMentions.stream().anyMatch(d -> d.clause() == s.clause());
            if (ownClause && anchored) return false;
        }
        return topics.isEmpty() || offtopics.stream()
                .anyMatch(o -> o.fact().outweighsMail() && !(o.fact().yieldsToSymptoms() && !symptoms.isEmpty()));
    }
}
