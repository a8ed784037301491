package dev.naoru.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The whole knowledge base, immutable once loaded; look-ups by id are O(1). */
public record KnowledgeBase(List<Device> devices, List<Fact> symptoms, List<Fact> contexts, List<Fact> topics,
                            List<Fact> services, List<Fact> offtopics, List<Step> steps, List<Question> questions, List<Cause> causes,
                            List<PreventionTip> prevention, List<Synonym> synonyms, List<UserDictEntry> userDictionary,
                            Negation negation, Map<String, Step> stepsById, Map<String, Question> questionsById,
                            Map<String, Fact> factsById, Map<String, Cause> causesById, Discourse discourse,
                            DialogCatalog dialogs, DeviceRoles deviceRoles) {

    public KnowledgeBase(List<Device> devices, List<Fact> symptoms, List<Fact> contexts, List<Fact> topics,
                         List<Fact> services, List<Fact> offtopics, List<Step> steps, List<Question> questions,
                         List<Cause> causes, List<PreventionTip> prevention, List<Synonym> synonyms,
                         List<UserDictEntry> userDictionary, Negation negation) {
        this(devices, symptoms, contexts, topics, services, offtopics, steps, questions, causes, prevention, synonyms,
                userDictionary, negation, Discourse.empty(), DialogCatalog.empty(), DeviceRoles.empty());
    }

    public KnowledgeBase(List<Device> devices, List<Fact> symptoms, List<Fact> contexts, List<Fact> topics,
                         List<Fact> services, List<Fact> offtopics, List<Step> steps, List<Question> questions,
                         List<Cause> causes, List<PreventionTip> prevention, List<Synonym> synonyms,
                         List<UserDictEntry> userDictionary, Negation negation, Discourse discourse, DialogCatalog dialogs) {
        this(devices, symptoms, contexts, topics, services, offtopics, steps, questions, causes, prevention, synonyms,
                userDictionary, negation, discourse, dialogs, DeviceRoles.empty());
    }

    public KnowledgeBase(List<Device> devices, List<Fact> symptoms, List<Fact> contexts, List<Fact> topics,
                         List<Fact> services, List<Fact> offtopics, List<Step> steps, List<Question> questions,
                         List<Cause> causes, List<PreventionTip> prevention, List<Synonym> synonyms,
                         List<UserDictEntry> userDictionary, Negation negation, Discourse discourse, DialogCatalog dialogs,
                         DeviceRoles deviceRoles) {
        this(List.copyOf(devices), List.copyOf(symptoms), List.copyOf(contexts), List.copyOf(topics),
                List.copyOf(services), List.copyOf(offtopics), List.copyOf(steps), List.copyOf(questions), List.copyOf(causes), List.copyOf(prevention),
                List.copyOf(synonyms), List.copyOf(userDictionary), negation,
                index(steps, Step::id), index(questions, Question::id),
                index(Stream.of(symptoms, contexts, topics, services, offtopics).flatMap(List::stream).toList(), Fact::id),
                index(causes, Cause::id), discourse, dialogs, deviceRoles);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Step> step(String id) {
        return Optional.ofNullable(stepsById.get(id));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(factsById.get(id));
    }

    /** The kb/devices.yaml entry of a contract device (names, cues, variants), when the KB has one. */
    public Optional<Device> device(DeviceId id) {
        for (Device d : devices) if (d.id() == id) return Optional.of(d);
        return Optional.empty();
    }

    /** Every fact that carries phrasings: symptoms, contexts, topics, services and off-topics. */
    public List<Fact> allFacts() {
        return Stream.of(symptoms, contexts, topics, services, offtopics).flatMap(List::stream).toList();
    }
}
