package dev.naoru.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code kb/*.yaml} into a {@link KnowledgeBase}, checking the schema and cross references.
 * Every problem is collected with its {@code file:line:col}; loading fails when there is any.
 */
public final class KbLoader {
    private final SourceFiles src;
    private final List<Problem> problems = new ArrayList<>();
    private final NodeReader r = new NodeReader(problems);
    /** Files that did not parse: their contract ids are not reported missing on top. */
    private final Set<String> unreadable = new HashSet<>();
    /** Devices read so far: step instruction keys {@code device.variant} are checked against them. */
    private List<Device> loadedDevices = List.of();

    private KbLoader(SourceFiles src) {
        this.src = src;
    }

    /** @throws KbException listing every problem when the KB is not valid */
    public static KnowledgeBase load(SourceFiles src) {
        KbLoader l = new KbLoader(src);
        KnowledgeBase kb = l.build();
        if (!l.problems.isEmpty()) throw new KbException(l.problems);
        return kb;
    }

    private Optional<YamlDoc.Node> root(String name) {
        String text = src.files().get(name);
        if (text == null) {
            problems.add(new Problem(src.path(name), 0, 0, "file missing", "every KB has " + name));
            unreadable.add(name);
            return Optional.empty();
        }
        try {
            return Optional.of(YamlDoc.parse(src.path(name), text).root());
        } catch (KbException e) {
            problems.addAll(e.problems());
            unreadable.add(name);
            return Optional.empty();
        }
    }

    private KnowledgeBase build() {
        Optional<YamlDoc.Node> devicesRoot = root("devices.yaml");
        List<Device> devices = devicesRoot.map(this::devices).orElse(List.of());
        DeviceRoles deviceRoles = devicesRoot.map(this::deviceRoles).orElse(DeviceRoles.empty());
        List<Fact> symptoms = root("symptoms.yaml").map(n -> facts(n, "symptoms", FactKind.SYMPTOM)).orElse(List.of());
        List<Fact> contexts = root("contexts.yaml").map(n -> facts(n, "contexts", FactKind.CONTEXT)).orElse(List.of());
        Optional<YamlDoc.Node> scope = root("scope.yaml");
        scope.ifPresent(n -> r.onlyKeys(n, Set.of("topics", "services", "offtopics", "intents")));
        List<Fact> topics = scope.map(n -> facts(n, "topics", FactKind.TOPIC)).orElse(List.of());
        List<Fact> services = scope.map(n -> facts(n, "services", FactKind.SERVICE)).orElse(List.of());
        List<Fact> offtopics = new ArrayList<>(scope.map(n -> facts(n, "offtopics", FactKind.OFFTOPIC)).orElse(List.of()));
        // Intents (how to write a mail, a signature, another app's messages) are off-topics that outweigh mail words.
        scope.map(n -> facts(n, "intents", FactKind.OFFTOPIC)).orElse(List.of()).forEach(offtopics::add);
        List<Step> steps = root("steps.yaml").map(this::steps).orElse(List.of());
        List<Question> questions = root("questions.yaml").map(this::questions).orElse(List.of());
        List<Cause> causes = root("causes.yaml").map(this::causes).orElse(List.of());
        List<PreventionTip> prevention = root("prevention.yaml").map(this::prevention).orElse(List.of());
        List<Synonym> synonyms = root("synonyms.yaml").map(this::synonyms).orElse(List.of());
        List<UserDictEntry> dict = root("userdict.yaml").map(this::userDict).orElse(List.of());
        Discourse discourse = root("discourse.yaml").map(this::discourse).orElse(Discourse.empty());
        Negation negation = root("negation.yaml").map(this::negation).orElse(new Negation(List.of(), List.of(), List.of(), List.of(), List.of(), 4));

        requireContract("symptoms.yaml", "symptom", Contract.SYMPTOMS, symptoms.stream().map(Fact::id).toList());
        requireContract("contexts.yaml", "context", Contract.CONTEXTS, contexts.stream().map(Fact::id).toList());
        requireContract("steps.yaml", "step", Contract.STEPS, steps.stream().map(Step::id).toList());
        requireContract("causes.yaml", "cause", Contract.CAUSES, causes.stream().map(Cause::id).toList());
        requireContract("questions.yaml", "question", Contract.QUESTIONS, questions.stream().map(Question::id).toList());
        for (DeviceId d : DeviceId.values()) {
            if (!unreadable.contains("devices.yaml") && devices.stream().noneMatch(x -> x.id() == d)) {
                problems.add(new Problem(src.path("devices.yaml"), 0, 0, "contract device '" + d.id() + "' is missing", "add an entry with its cues"));
            }
        }
        // Optional: a KB without error dialogs matches by phrasings only.
        // A symptoms/contexts/scope file that did not parse would make every dialog's ids 'unknown': skip it then.
        boolean idsKnown = !unreadable.contains("symptoms.yaml") && !unreadable.contains("contexts.yaml") && !unreadable.contains("scope.yaml");
        DialogCatalog dialogs = !src.files().containsKey("dialogs.yaml") || !idsKnown ? DialogCatalog.empty()
                : root("dialogs.yaml").map(n -> DialogLoader.read(r, n, ids(symptoms), ids(contexts), ids(services))).orElse(DialogCatalog.empty());
        KnowledgeBase kb = new KnowledgeBase(devices, symptoms, contexts, topics, services, offtopics, steps, questions, causes,
                prevention, synonyms, dict, negation, discourse, dialogs, deviceRoles);
        checkImplies(kb);
        checkPreventionRefs(kb);
        return kb;
    }

    private static Set<String> ids(List<Fact> facts) {
        Set<String> out = new java.util.LinkedHashSet<>();
        facts.forEach(f -> out.add(f.id()));
        return out;
    }

    private void requireContract(String file, String what, List<String> contract, List<String> have) {
        if (unreadable.contains(file)) return;
        Set<String> set = new HashSet<>(have);
        for (String id : contract) {
            if (!set.contains(id)) {
                problems.add(new Problem(src.path(file), 0, 0, "contract " + what + " '" + id + "' is missing",
                        "the public contract requires it; add an entry with id: " + id));
            }
        }
    }

    private void unique(Map<String, YamlDoc.Node> seen, String id, YamlDoc.Node where, String what) {
        if (id.isEmpty()) return;
        YamlDoc.Node first = seen.putIfAbsent(id, where);
        if (first != null) {
            r.problem(where, "duplicate " + what + " id '" + id + "'", "first defined at " + first.where());
        }
    }

    private List<Device> devices(YamlDoc.Node root) {
        List<Device> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, "devices", true)) {
            r.onlyKeys(n, Set.of("id", "name", "cues", "variants", "default_variant"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, "device");
            Optional<DeviceId> dev = DeviceId.parse(id);
            if (dev.isEmpty() && !id.isEmpty()) {
                r.problem(n.get("id"), "unknown device '" + id + "'", "known: " + DeviceId.known());
                continue;
            }
            List<String> cues = r.strings(n, "cues").stream().map(KbLoader::cue).toList();
            if (cues.isEmpty()) r.problem(n, "device '" + id + "' has no cues", "add the words users write for it");
            List<Device.Variant> variants = variants(n, id);
            String dflt = r.text(n, "default_variant", false);
            if (!dflt.isEmpty() && variants.stream().noneMatch(v -> v.id().equals(dflt))) {
                r.problem(n.get("default_variant"), "unknown variant '" + dflt + "' of device '" + id + "'",
                        "known: " + String.join(", ", variants.stream().map(Device.Variant::id).toList()));
            }
            if (dflt.isEmpty() && !variants.isEmpty()) {
                r.problem(n, "device '" + id + "' has variants but no default_variant", "add default_variant: <the most common variant>");
            }
            dev.ifPresent(d -> out.add(new Device(d, r.text(n, "name", true), cues, variants,
                    dflt.isEmpty() ? Optional.empty() : Optional.of(dflt), n.where())));
        }
        loadedDevices = List.copyOf(out);
        return out;
    }

    /** {@code variants: [{id, name, cues}]}: editions of a device's app whose menus differ. */
    private List<Device.Variant> variants(YamlDoc.Node device, String deviceId) {
        List<Device.Variant> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node v : r.list(device, "variants", false)) {
            r.onlyKeys(v, Set.of("id", "name", "cues"));
            String vid = r.text(v, "id", true);
            unique(seen, vid, v, "variant of '" + deviceId + "'");
            out.add(new Device.Variant(vid, r.text(v, "name", true), r.strings(v, "cues").stream().map(KbLoader::cue).toList(), v.where()));
        }
        return out;
    }

    /** Cues are compared with normalized text: NFKC, lower case, no spaces. */
    static String cue(String s) {
        // NFKC + lower case here (not text.TextNormalizer): kb sits below text and must not import it.
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }

    private List<Fact> facts(YamlDoc.Node root, String key, FactKind kind) {
        List<Fact> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, key, kind == FactKind.SYMPTOM || kind == FactKind.CONTEXT)) {
            boolean intent = key.equals("intents");
            r.onlyKeys(n, intent ? Set.of("id", "label", "phrasings", "source", "implies", "yields_to_symptoms")
                    : kind == FactKind.CONTEXT ? Set.of("id", "label", "phrasings", "source", "implies", "hearsay", "ended_by")
                    : Set.of("id", "label", "phrasings", "source", "implies"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, kind.name().toLowerCase());
            List<Phrasing> ph = new ArrayList<>();
            YamlDoc.Node list = n.get("phrasings");
            List<String> texts = r.strings(n, "phrasings");
            if (texts.isEmpty()) r.problem(n, "'" + id + "' has no phrasings", "add at least one way users say it");
            for (int i = 0; i < texts.size(); i++) ph.add(new Phrasing(texts.get(i), list.at(i).where()));
            out.add(new Fact(kind, id, r.text(n, "label", kind == FactKind.SYMPTOM || kind == FactKind.CONTEXT), ph, r.text(n, "source", false),
                    n.where(), r.strings(n, "implies"), intent, intent && r.bool(n, "yields_to_symptoms", false),
                    kind == FactKind.CONTEXT && r.bool(n, "hearsay", false),
                    kind == FactKind.CONTEXT ? r.strings(n, "ended_by") : List.of()));
        }
        return out;
    }

    private List<Step> steps(YamlDoc.Node root) {
        List<Step> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        Set<String> instructionKeys = new HashSet<>(List.of("default"));
        for (DeviceId d : DeviceId.values()) instructionKeys.add(d.id());
        for (Device d : loadedDevices) d.variants().forEach(v -> instructionKeys.add(d.id().id() + "." + v.id()));
        for (YamlDoc.Node n : r.list(root, "steps", true)) {
            r.onlyKeys(n, Set.of("id", "stage", "destructive", "effects", "title", "source", "instructions"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, "step");
            String stageText = r.text(n, "stage", true);
            Optional<Stage> stage = Stage.parse(stageText);
            if (stage.isEmpty() && !stageText.isEmpty()) {
                r.problem(n.get("stage"), "unknown stage '" + stageText + "'", "known: " + Stage.known());
            }
            Map<String, String> ins = r.stringMap(n, "instructions");
            if (!ins.containsKey("default")) {
                r.problem(n.get("instructions"), "step '" + id + "' has no default instructions", "add 'default:' for devices without their own text");
            }
            for (String k : ins.keySet()) {
                if (!instructionKeys.contains(k)) {
                    r.problem(n.get("instructions").get(k), "unknown device '" + k + "' in instructions",
                            "known: default, " + DeviceId.known() + " or a device.variant of kb/devices.yaml (e.g. outlook.new)");
                }
            }
            boolean destructive = r.bool(n, "destructive", false);
            Set<Effect> effects = effects(n, id, destructive, ins);
            out.add(new Step(id, stage.orElse(Stage.ISOLATE), destructive, r.text(n, "title", true),
                    ins, effects, r.text(n, "source", false), n.where()));
        }
        return out;
    }

    /**
     * {@code effects: [deletes, signs-out, resets, changes-credentials]}. A step that loses something
     * (deletes, signs out, resets) must be destructive and every instruction must start with 【注意】
     * saying what is lost; a destructive step must name what it loses.
     */
    private Set<Effect> effects(YamlDoc.Node n, String id, boolean destructive, Map<String, String> ins) {
        Set<Effect> effects = java.util.EnumSet.noneOf(Effect.class);
        List<String> names = r.strings(n, "effects");
        for (int i = 0; i < names.size(); i++) {
            Optional<Effect> e = Effect.parse(names.get(i));
            if (e.isEmpty()) r.problem(n.get("effects").at(i), "unknown effect '" + names.get(i) + "' in step '" + id + "'", "known: " + Effect.known());
            e.ifPresent(effects::add);
        }
        boolean loses = effects.stream().anyMatch(Effect::losesSomething);
        if (loses && !destructive) {
            r.problem(n.get("effects"), "step '" + id + "' has effect " + effects.stream().filter(Effect::losesSomething).map(Effect::id).toList()
                    + " but is not destructive", "set destructive: true (it deletes, signs out or resets something)");
        }
        if (destructive && !loses) {
            r.problem(n.get("destructive"), "destructive step '" + id + "' names no effect",
                    "add effects: [deletes], [signs-out] or [resets] saying what it loses");
        }
        if (loses || destructive) {
            for (Map.Entry<String, String> e : ins.entrySet()) {
                if (!e.getValue().strip().startsWith(Step.CAUTION)) {
                    r.problem(n.get("instructions").get(e.getKey()), "instructions '" + e.getKey() + "' of destructive step '" + id
                            + "' do not start with " + Step.CAUTION, "begin with 【注意】 saying what is lost and what undoing it needs");
                }
            }
        }
        return effects;
    }

    private List<Question> questions(YamlDoc.Node root) {
        List<Question> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, "questions", true)) {
            r.onlyKeys(n, Set.of("id", "text", "options", "option_labels"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, "question");
            out.add(new Question(id, r.text(n, "text", true), r.strings(n, "options"), r.stringMap(n, "option_labels"), n.where()));
        }
        return out;
    }

    private List<Cause> causes(YamlDoc.Node root) {
        List<Cause> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, "causes", true)) {
            r.onlyKeys(n, Set.of("id", "label", "source"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, "cause");
            out.add(new Cause(id, r.text(n, "label", true), r.text(n, "source", false), n.where()));
        }
        return out;
    }

    private List<PreventionTip> prevention(YamlDoc.Node root) {
        List<PreventionTip> out = new ArrayList<>();
        Map<String, YamlDoc.Node> seen = new LinkedHashMap<>();
        for (YamlDoc.Node n : r.list(root, "prevention", true)) {
            r.onlyKeys(n, Set.of("id", "text", "when_symptoms_any", "when_contexts_any", "source"));
            String id = r.text(n, "id", true);
            unique(seen, id, n, "prevention");
            out.add(new PreventionTip(id, r.text(n, "text", true), r.strings(n, "when_symptoms_any"),
                    r.strings(n, "when_contexts_any"), r.text(n, "source", false), n.where()));
        }
        return out;
    }

    /** {@code implies} names a fact of the same kind (a symptom implies symptoms, a context contexts). */
    private void checkImplies(KnowledgeBase kb) {
        for (List<Fact> facts : List.of(kb.symptoms(), kb.contexts())) {
            List<String> ids = facts.stream().map(Fact::id).toList();
            for (Fact f : facts) {
                for (String other : f.implies()) {
                    if (other.equals(f.id()) || !ids.contains(other)) {
                        problems.add(Problem.at(f.where(), "'" + f.id() + "' implies unknown " + f.kind().name().toLowerCase()
                                + " '" + other + "'", "known: " + String.join(", ", ids)));
                    }
                }
            }
        }
    }

    private void checkPreventionRefs(KnowledgeBase kb) {
        for (PreventionTip t : kb.prevention()) {
            for (String s : t.whenSymptomsAny()) {
                // When symptoms.yaml did not parse, its ids are unknown: its own parse error says why.
                if (!unreadable.contains("symptoms.yaml") && kb.symptoms().stream().noneMatch(f -> f.id().equals(s))) {
                    problems.add(Problem.at(t.where(), "unknown symptom '" + s + "' in prevention '" + t.id() + "'",
                            "known: " + String.join(", ", kb.symptoms().stream().map(Fact::id).toList())));
                }
            }
            for (String c : t.whenContextsAny()) {
                if (!unreadable.contains("contexts.yaml") && kb.contexts().stream().noneMatch(f -> f.id().equals(c))) {
                    problems.add(Problem.at(t.where(), "unknown context '" + c + "' in prevention '" + t.id() + "'",
                            "known: " + String.join(", ", kb.contexts().stream().map(Fact::id).toList())));
                }
            }
        }
    }

    private List<Synonym> synonyms(YamlDoc.Node root) {
        List<Synonym> out = new ArrayList<>();
        for (YamlDoc.Node n : r.list(root, "synonyms", true)) {
            r.onlyKeys(n, Set.of("canonical", "variants"));
            String canonical = r.text(n, "canonical", true);
            List<String> variants = r.strings(n, "variants");
            if (variants.isEmpty()) r.problem(n, "synonym '" + canonical + "' has no variants", "list the spellings to rewrite");
            out.add(new Synonym(canonical, variants, n.where()));
        }
        return out;
    }

    private List<UserDictEntry> userDict(YamlDoc.Node root) {
        List<UserDictEntry> out = new ArrayList<>();
        for (YamlDoc.Node n : r.list(root, "entries", false)) {
            r.onlyKeys(n, Set.of("surface", "segments", "readings", "bases", "pos", "example"));
            String surface = r.text(n, "surface", true);
            List<String> seg = r.strings(n, "segments");
            List<String> read = r.strings(n, "readings");
            if (seg.size() != read.size()) {
                r.problem(n, "'" + surface + "' has " + seg.size() + " segments but " + read.size() + " readings", "give one katakana reading per segment");
            } else if (!String.join("", seg).equals(surface)) {
                r.problem(n.get("segments"), "segments of '" + surface + "' do not spell it", "the segments joined must equal the surface");
            }
            List<String> bases = r.strings(n, "bases");
            if (!bases.isEmpty() && bases.size() != seg.size()) {
                r.problem(n.get("bases"), "'" + surface + "' has " + seg.size() + " segments but " + bases.size() + " bases", "give one base form per segment, or none");
            }
            String pos = r.text(n, "pos", false);
            out.add(new UserDictEntry(surface, seg, read, bases, pos.isEmpty() ? "カスタム名詞" : pos,
                    r.text(n, "example", false), n.where()));
        }
        return out;
    }

    /** The top-level lists of kb/devices.yaml that say which device named is the one in trouble. */
    private DeviceRoles deviceRoles(YamlDoc.Node root) {
        r.onlyKeys(root, Set.of("devices", "focus", "fine", "works", "carry", "gone", "instead", "not_only", "backstory", "former", "weak", "reach"));
        List<DeviceRoles.Weak> weak = new ArrayList<>();
        for (YamlDoc.Node n : r.list(root, "weak", false)) {
            r.onlyKeys(n, Set.of("device", "cues"));
            String id = r.text(n, "device", true);
            Optional<DeviceId> d = DeviceId.parse(id);
            if (d.isEmpty() && !id.equals("none") && !id.isEmpty()) {
                r.problem(n.get("device"), "unknown device '" + id + "'", "known: none, " + DeviceId.known());
            }
            weak.add(new DeviceRoles.Weak(d, r.strings(n, "cues").stream().map(KbLoader::cue).toList(), n.where()));
        }
        return new DeviceRoles(markers(root, "focus"), markers(root, "fine"), markers(root, "works"), markers(root, "carry"),
                markers(root, "gone"), markers(root, "instead"), markers(root, "not_only"), markers(root, "backstory"),
                markers(root, "former"), weak, r.integer(root, "reach", 15));
    }

    private List<String> markers(YamlDoc.Node root, String field) {
        return r.strings(root, field).stream().map(KbLoader::cue).toList();
    }

    private Negation negation(YamlDoc.Node root) {
        r.onlyKeys(root, Set.of("negators", "ok_markers", "off_markers", "blockers", "bridges", "window", "before", "prefix_negators",
                "unrealized"));
        return new Negation(r.strings(root, "negators"), r.strings(root, "ok_markers"), r.strings(root, "off_markers"),
                r.strings(root, "blockers"), r.strings(root, "bridges"), r.integer(root, "window", 4), r.strings(root, "before"),
                r.strings(root, "prefix_negators"), markers(root, "unrealized"));
    }

    private Discourse discourse(YamlDoc.Node root) {
        r.onlyKeys(root, Set.of("boundary_particles", "boundary_surfaces", "light_verbs", "kept_particles", "negating_prefixes",
                "also_particles", "corrections", "contrasts", "history", "now", "elsewhere", "other_devices", "works", "networks", "search_verbs", "absence_words",
                "denials", "anaphors", "same_words", "unchanged_words", "outcome_words",
                "switch_words", "filler_words", "place_prepositions", "sender_mail_words", "mail_genres", "not_senders",
                "arrival_words", "send_words", "owned_objects", "foreign_accounts", "hearsay",
                "whole_clause_negations", "not_mail_contexts", "topic_markers", "status_pages", "status_troubles",
                "relapse_after", "relapse_markers", "relapse_troubles", "outage_owners", "outage_ours", "outage_wonderings",
                "outage_hypotheticals", "sender_names", "distinct_terms", "code_words", "notice_words", "not_mail_objects", "other_people", "fail_words",
                "quote_links", "message_words", "mail_providers"));
        return new Discourse(r.strings(root, "boundary_particles"), r.strings(root, "boundary_surfaces"),
                r.strings(root, "light_verbs"), r.strings(root, "kept_particles"), r.strings(root, "negating_prefixes"),
                r.strings(root, "also_particles"), r.strings(root, "corrections"), r.strings(root, "contrasts"),
                r.strings(root, "history"), r.strings(root, "now"), r.strings(root, "elsewhere"), r.strings(root, "other_devices"),
                r.strings(root, "works"), r.strings(root, "networks"), r.strings(root, "search_verbs"), r.strings(root, "absence_words"),
                r.strings(root, "denials"), r.strings(root, "anaphors"), r.strings(root, "same_words"),
                r.strings(root, "unchanged_words"), r.strings(root, "outcome_words"), r.strings(root, "switch_words"),
                r.strings(root, "filler_words"), r.strings(root, "place_prepositions"), r.strings(root, "sender_mail_words"),
                r.strings(root, "mail_genres"), r.strings(root, "not_senders"), r.strings(root, "arrival_words"),
                r.strings(root, "send_words"), r.strings(root, "owned_objects"), r.strings(root, "foreign_accounts"),
                r.strings(root, "hearsay"), r.strings(root, "whole_clause_negations"),
                r.strings(root, "not_mail_contexts"), r.strings(root, "topic_markers"),
                r.strings(root, "status_pages"), r.strings(root, "status_troubles"),
                r.strings(root, "relapse_after"), r.strings(root, "relapse_markers"), r.strings(root, "relapse_troubles"),
                r.strings(root, "outage_owners"), r.strings(root, "outage_ours"), r.strings(root, "outage_wonderings"),
                r.strings(root, "outage_hypotheticals"), r.strings(root, "sender_names"), r.strings(root, "distinct_terms"),
                r.strings(root, "code_words"), r.strings(root, "notice_words"),
                r.strings(root, "not_mail_objects"), r.strings(root, "other_people"), r.strings(root, "fail_words"),
                r.strings(root, "quote_links"), r.strings(root, "message_words"),
                r.strings(root, "mail_providers"));
    }
}
