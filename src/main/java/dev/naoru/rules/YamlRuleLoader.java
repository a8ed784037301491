package dev.naoru.rules;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KbException;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.NodeReader;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.kb.YamlDoc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code rules/*.yaml}, checking every id a rule names against the KB. */
public final class YamlRuleLoader {
    private static final Set<String> RULE_KEYS = Set.of("name", "description", "source", "when", "then");
    private static final Set<String> WHEN_KEYS = Set.of("symptoms_any", "symptoms_all", "symptoms_none", "contexts",
            "contexts_any", "contexts_absent", "contexts_denied", "device_in", "device_not_in", "device_unknown", "answers", "causes",
            "causes_absent", "topics",
            "tried_not_fixed", "tried_cannot", "tried_fixed", "tried_any");
    private static final Set<String> THEN_KEYS = Set.of("causes", "steps", "ask", "suppress", "rule_out", "priority_for");

    /** The KB the ids are checked against; empty when only the rules' own shape is read (see {@link #loadUnchecked}). */
    private final Optional<KnowledgeBase> kb;
    private final List<Problem> problems;
    private final NodeReader r;

    private YamlRuleLoader(Optional<KnowledgeBase> kb, List<Problem> problems) {
        this.kb = kb;
        this.problems = problems;
        this.r = new NodeReader(problems);
    }

    /**
     * The YAML rule files of a folder, each parsed once (by file name), or the problems that kept it from
     * parsing: {@link RuleSet} reads them twice, for their shape and then for their ids, from one parse.
     */
    record Parsed(Map<String, YamlDoc> docs, Map<String, List<Problem>> unparsed) {
        static Parsed of(SourceFiles src) {
            Map<String, YamlDoc> docs = new LinkedHashMap<>();
            Map<String, List<Problem>> unparsed = new LinkedHashMap<>();
            src.files().forEach((name, text) -> {
                if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) return;
                try {
                    docs.put(name, YamlDoc.parse(src.path(name), text));
                } catch (KbException e) {
                    unparsed.put(name, e.problems());
                }
            });
            return new Parsed(docs, unparsed);
        }
    }

    /** Every YAML rule of the directory, by file name; problems are added to {@code problems}. */
    public static Map<String, List<YamlRule>> load(SourceFiles src, KnowledgeBase kb, List<Problem> problems) {
        return load(src, Parsed.of(src), kb, problems);
    }

    /** {@link #load(SourceFiles, KnowledgeBase, List)} of files already parsed. */
    static Map<String, List<YamlRule>> load(SourceFiles src, Parsed parsed, KnowledgeBase kb, List<Problem> problems) {
        return read(src, parsed, Optional.of(kb), problems);
    }

    /**
     * The rules as {@link #load} reads them, without checking their ids against a KB (the same rules when
     * those ids are known): the rules compile while the KB is still loading, and {@link #load} checks them after.
     */
    static Map<String, List<YamlRule>> loadUnchecked(SourceFiles src, Parsed parsed, List<Problem> problems) {
        return read(src, parsed, Optional.empty(), problems);
    }

    private static Map<String, List<YamlRule>> read(SourceFiles src, Parsed parsed, Optional<KnowledgeBase> kb, List<Problem> problems) {
        YamlRuleLoader l = new YamlRuleLoader(kb, problems);
        Map<String, List<YamlRule>> out = new LinkedHashMap<>();
        Map<String, YamlRule> names = new HashMap<>();
        src.files().forEach((name, text) -> {
            if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) return;
            List<Problem> unparsed = parsed.unparsed().get(name);
            if (unparsed != null) {
                problems.addAll(unparsed);
                return;
            }
            try {
                YamlDoc doc = parsed.docs().get(name);
                List<YamlRule> rules = new ArrayList<>();
                for (YamlDoc.Node n : l.r.list(doc.root(), "rules", true)) {
                    YamlRule rule = l.rule(n);
                    YamlRule first = names.putIfAbsent(rule.name(), rule);
                    if (first != null) {
                        l.r.problem(n.get("name"), "duplicate rule name '" + rule.name() + "'", "first defined at " + first.where());
                    }
                    rules.add(rule);
                }
                out.put(name, rules);
            } catch (KbException e) {
                problems.addAll(e.problems());
            }
        });
        return out;
    }

    public static Map<String, List<YamlRule>> loadOrThrow(SourceFiles src, KnowledgeBase kb) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<YamlRule>> rules = load(src, kb, problems);
        if (!problems.isEmpty()) throw new KbException(problems);
        return rules;
    }

    private YamlRule rule(YamlDoc.Node n) {
        r.onlyKeys(n, RULE_KEYS);
        String name = r.text(n, "name", true);
        YamlDoc.Node w = n.get("when");
        YamlDoc.Node t = n.get("then");
        if (w.isMissing()) w = new YamlDoc.Node(n.doc(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), n.pointer() + "/when");
        else r.onlyKeys(w, WHEN_KEYS);
        if (t.isMissing()) r.problem(n, "rule '" + name + "' has no 'then'", "add steps, causes, ask or suppress");
        else r.onlyKeys(t, THEN_KEYS);

        Collection<String> symptoms = known(k -> k.symptoms().stream().map(Fact::id).toList());
        Collection<String> contexts = known(k -> k.contexts().stream().map(Fact::id).toList());
        Collection<String> topics = known(k -> k.topics().stream().map(Fact::id).toList());
        Collection<String> devices = java.util.Arrays.stream(DeviceId.values()).map(DeviceId::id).toList();
        Collection<String> causes = known(k -> k.causesById().keySet());
        YamlRule.When when = new YamlRule.When(
                ids(w, "symptoms_any", "symptom", symptoms), ids(w, "symptoms_all", "symptom", symptoms),
                r.bool(w, "symptoms_none", false),
                ids(w, "contexts", "context", contexts), ids(w, "contexts_any", "context", contexts),
                ids(w, "contexts_absent", "context", contexts), ids(w, "contexts_denied", "context", contexts),
                ids(w, "device_in", "device", devices), ids(w, "device_not_in", "device", devices),
                r.bool(w, "device_unknown", false), answers(w),
                ids(w, "causes", "cause", causes), ids(w, "causes_absent", "cause", causes),
                ids(w, "topics", "topic", topics), tried(w));
        YamlRule.Then then = new YamlRule.Then(causes(t), steps(t), ids(t, "ask", "question", known(k -> k.questionsById().keySet())),
                ids(t, "suppress", "step", known(k -> k.stepsById().keySet())), causes(t, "rule_out"), priorityFor(t));
        if (then.causes().isEmpty() && then.steps().isEmpty() && then.ask().isEmpty() && then.suppress().isEmpty()
                && then.ruleOut().isEmpty() && then.priorityFor().isEmpty() && !t.isMissing()) {
            r.problem(t, "rule '" + name + "' does nothing", "give 'then' at least one of: causes, steps, ask, suppress, rule_out, priority_for");
        }
        return new YamlRule(name, r.text(n, "description", false), r.text(n, "source", false), when, then, n.where());
    }

    /** The ids of one kind the KB knows; null when reading without a KB (nothing is then reported unknown). */
    private Collection<String> known(java.util.function.Function<KnowledgeBase, Collection<String>> ids) {
        return kb.map(ids).orElse(null);
    }

    private List<String> ids(YamlDoc.Node parent, String field, String what, Collection<String> known) {
        List<String> out = r.strings(parent, field);
        YamlDoc.Node list = parent.get(field);
        for (int i = 0; i < out.size(); i++) {
            if (known != null && !known.contains(out.get(i))) {
                YamlDoc.Node at = list.json() != null && list.json().isArray() ? list.at(i) : list;
                r.problem(at, "unknown " + what + " '" + out.get(i) + "'", "known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return out;
    }

    private Map<String, String> answers(YamlDoc.Node w) {
        YamlDoc.Node n = w.get("answers");
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissing()) return out;
        if (!n.json().isObject()) {
            r.problem(n, "'answers' must map question ids to answers", "e.g. answers: {other-devices: \"yes\"}");
            return out;
        }
        for (Iterator<String> it = n.json().fieldNames(); it.hasNext(); ) {
            String q = it.next();
            String v = AnswerValues.text(n.json().get(q));
            if (kb.isPresent()) {
                KnowledgeBase k = kb.get();
                if (k.question(q).isEmpty()) {
                    r.problem(n.get(q), "unknown question '" + q + "'", "known: " + String.join(", ", new TreeSet<>(k.questionsById().keySet())));
                } else if (!k.question(q).get().options().contains(v)) {
                    r.problem(n.get(q), "'" + v + "' is not an answer to '" + q + "'", "options: " + String.join(", ", k.question(q).get().options()));
                }
            }
            out.put(q, v);
        }
        return out;
    }

    /** The guided conditions: steps tried with an outcome (guided.yaml). */
    private YamlRule.Tried tried(YamlDoc.Node w) {
        Collection<String> steps = known(k -> k.stepsById().keySet());
        return new YamlRule.Tried(ids(w, "tried_not_fixed", "step", steps), ids(w, "tried_cannot", "step", steps),
                ids(w, "tried_fixed", "step", steps), ids(w, "tried_any", "step", steps));
    }

    private Map<String, Double> causes(YamlDoc.Node t) {
        return causes(t, "causes");
    }

    /** {@code causes} (confidence a rule gives) or {@code rule_out} (the most a cause may keep): cause id → (0, 1]. */
    private Map<String, Double> causes(YamlDoc.Node t, String field) {
        Map<String, Double> out = new LinkedHashMap<>();
        YamlDoc.Node n = t.get(field);
        if (n.isMissing()) return out;
        if (!n.json().isObject()) {
            r.problem(n, "'" + field + "' must map cause ids to a confidence", "e.g. " + field + ": {network: 0.6}");
            return out;
        }
        for (Iterator<String> it = n.json().fieldNames(); it.hasNext(); ) {
            String id = it.next();
            double c = r.decimal(n.get(id), 0.5);
            if (kb.isPresent() && !kb.get().causesById().containsKey(id)) {
                r.problem(n.get(id), "unknown cause '" + id + "'", "known: " + String.join(", ", new TreeSet<>(kb.get().causesById().keySet())));
            } else if (c <= 0 || c > 1) {
                r.problem(n.get(id), "confidence of '" + id + "' must be in (0, 1]", "");
            }
            out.put(id, c);
        }
        return out;
    }

    /** {@code priority_for: {outlook: {restart-mail-app: 65}}}: device → step → priority. */
    private Map<String, Map<String, Integer>> priorityFor(YamlDoc.Node t) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        YamlDoc.Node n = t.get("priority_for");
        if (n.isMissing()) return out;
        if (!n.json().isObject()) {
            r.problem(n, "'priority_for' must map device ids to steps with a priority", "e.g. priority_for: {outlook: {restart-mail-app: 65}}");
            return out;
        }
        for (Iterator<String> it = n.json().fieldNames(); it.hasNext(); ) {
            String device = it.next();
            if (DeviceId.parse(device).isEmpty()) {
                r.problem(n.get(device), "unknown device '" + device + "' in priority_for", "known: " + DeviceId.known());
            }
            out.put(device, steps(n, device));
        }
        return out;
    }

    private Map<String, Integer> steps(YamlDoc.Node t) {
        return steps(t, "steps");
    }

    private Map<String, Integer> steps(YamlDoc.Node t, String field) {
        Map<String, Integer> out = new LinkedHashMap<>();
        YamlDoc.Node n = t.get(field);
        if (n.isMissing()) return out;
        if (!n.json().isObject()) {
            r.problem(n, "'" + field + "' must map step ids to a priority", "e.g. {check-network: 80}");
            return out;
        }
        for (Iterator<String> it = n.json().fieldNames(); it.hasNext(); ) {
            String id = it.next();
            YamlDoc.Node v = n.get(id);
            int prio = v.json().isInt() ? v.json().asInt() : 50;
            if (!v.json().isInt()) r.problem(v, "priority of '" + id + "' must be a whole number", "higher comes first within a stage, e.g. 80");
            if (kb.isPresent() && !kb.get().stepsById().containsKey(id)) {
                r.problem(v, "unknown step '" + id + "'", "known: " + String.join(", ", new TreeSet<>(kb.get().stepsById().keySet())));
            }
            out.put(id, prio);
        }
        return out;
    }
}
