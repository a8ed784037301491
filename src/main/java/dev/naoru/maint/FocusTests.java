package dev.naoru.maint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.kb.KbException;
import dev.naoru.kb.NodeReader;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceRef;
import dev.naoru.kb.YamlDoc;
import dev.naoru.rules.AnswerFact;
import dev.naoru.rules.AnswerValues;
import dev.naoru.rules.AskFact;
import dev.naoru.rules.CauseFact;
import dev.naoru.rules.ContextFact;
import dev.naoru.rules.DeviceFact;
import dev.naoru.rules.FiredRule;
import dev.naoru.rules.RuleInfo;
import dev.naoru.rules.RuleOutcome;
import dev.naoru.rules.RuleRunner;
import dev.naoru.rules.RuleSet;
import dev.naoru.rules.StepFact;
import dev.naoru.rules.SuppressFact;
import dev.naoru.rules.SymptomFact;
import dev.naoru.rules.TopicFact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The focused rule tests of {@code rules/tests/focus.yaml}: one entry per rule, which inserts only the
 * facts under {@code given} (no text matching) and checks that the rule fires and itself emits what the
 * entry lists. A rule without an entry is an error, located at the rule.
 */
public final class FocusTests {
    public static final String FILE = "tests/focus.yaml";
    private static final Set<String> ENTRY_KEYS = Set.of("rule", "given", "steps", "causes", "asks", "suppressed", "ruled_out", "not_fired_with");
    private static final Set<String> GIVEN_KEYS = Set.of("device", "symptoms", "contexts", "denied", "answers", "topics", "tried");

    /** One entry: the rule it tests, the facts it inserts, what the rule must emit. */
    public record Entry(String rule, List<Object> given, List<String> steps, List<String> causes, List<String> asks,
                        List<String> suppressed, List<String> ruledOut, List<Object> notFiredWith, boolean checksNotFired, SourceRef where) {
        public String label() {
            return where + " " + rule;
        }
    }

    private FocusTests() {
    }

    /** @throws KbException with every located problem of the file (unknown keys included) */
    public static List<Entry> parse(String shown, String text) {
        YamlDoc doc = YamlDoc.parse(shown, text);
        List<Problem> problems = new ArrayList<>();
        NodeReader r = new NodeReader(problems);
        List<Entry> out = new ArrayList<>();
        if (!doc.root().json().isArray()) {
            throw new KbException(List.of(new Problem(shown, 1, 1, "the focus file is a list of entries", "start each with '- rule: …'")));
        }
        for (int i = 0; i < doc.root().json().size(); i++) {
            YamlDoc.Node n = doc.root().at(i);
            r.onlyKeys(n, ENTRY_KEYS);
            YamlDoc.Node nf = n.get("not_fired_with");
            out.add(new Entry(r.text(n, "rule", true), facts(r, n.get("given")), r.strings(n, "steps"), r.strings(n, "causes"),
                    r.strings(n, "asks"), r.strings(n, "suppressed"), r.strings(n, "ruled_out"), nf.isMissing() ? List.of() : facts(r, nf), !nf.isMissing(), n.where()));
        }
        if (!problems.isEmpty()) throw new KbException(problems);
        return out;
    }

    private static List<Object> facts(NodeReader r, YamlDoc.Node g) {
        List<Object> facts = new ArrayList<>();
        if (g.isMissing()) return facts;
        r.onlyKeys(g, GIVEN_KEYS);
        String device = r.text(g, "device", false);
        if (!device.isEmpty()) facts.add(new DeviceFact(device));
        r.strings(g, "symptoms").forEach(s -> facts.add(new SymptomFact(s, 1.0)));
        r.strings(g, "contexts").forEach(c -> facts.add(new ContextFact(c, false)));
        r.strings(g, "denied").forEach(c -> facts.add(new ContextFact(c, true)));
        r.strings(g, "topics").forEach(t -> facts.add(new TopicFact(t)));
        JsonNode tried = g.get("tried").json();
        if (tried != null && tried.isObject()) {
            tried.fields().forEachRemaining(e -> facts.add(new dev.naoru.rules.TriedFact(e.getKey(), e.getValue().asText())));
        }
        JsonNode a = g.get("answers").json();
        if (a != null && a.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                facts.add(new AnswerFact(e.getKey(), AnswerValues.text(e.getValue())));
            }
        }
        return facts;
    }

    /** What one entry got wrong; empty when the rule fired and emitted everything listed. */
    public static List<String> failures(RuleSet rules, Entry e) {
        List<String> fails = new ArrayList<>();
        RuleOutcome out = RuleRunner.run(rules, e.given(), true);
        List<String> fired = out.fired().stream().map(FiredRule::name).toList();
        if (!fired.contains(e.rule())) {
            fails.add("rule '" + e.rule() + "' did not fire on the given facts (fired: " + fired + ")");
            return fails;
        }
        missing(fails, "step", e.steps(), out.steps().stream().filter(s -> s.getRule().equals(e.rule())).map(StepFact::getId).toList());
        missing(fails, "cause", e.causes(), out.causes().stream().filter(s -> s.getRule().equals(e.rule())).map(CauseFact::getId).toList());
        missing(fails, "question", e.asks(), out.asks().stream().filter(s -> s.getRule().equals(e.rule())).map(AskFact::getQuestionId).toList());
        missing(fails, "suppressed step", e.suppressed(),
                out.suppressed().stream().filter(s -> s.getRule().equals(e.rule())).map(SuppressFact::getStepId).toList());
        missing(fails, "ruled-out cause", e.ruledOut(),
                out.ruledOut().stream().filter(s -> s.getRule().equals(e.rule())).map(dev.naoru.rules.RuleOutFact::getCauseId).toList());
        if (e.checksNotFired()) {
            RuleOutcome without = RuleRunner.run(rules, e.notFiredWith(), true);
            if (without.fired().stream().anyMatch(f -> f.name().equals(e.rule()))) {
                fails.add("rule '" + e.rule() + "' fired with not_fired_with");
            }
        }
        return fails;
    }

    private static void missing(List<String> fails, String what, List<String> expected, List<String> got) {
        for (String x : expected) if (!got.contains(x)) fails.add(what + " " + x + " not emitted by the rule (it emitted " + got + ")");
    }

    /**
     * Runs every entry and checks that every rule has one: problems located at the entry, or at the rule
     * for a missing entry; entries naming no known rule are reported too.
     */
    public static List<Problem> check(RuleSet rules, List<Entry> entries, String focusPath) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> byRule = new HashMap<>();
        for (Entry e : entries) byRule.putIfAbsent(e.rule(), e);
        for (RuleInfo info : rules.rules()) {
            if (!byRule.containsKey(info.name())) {
                problems.add(Problem.at(info.where(), "rule '" + info.name() + "' has no focused test",
                        "add '- rule: " + info.name() + "' with its given facts and expected effects to " + focusPath));
            }
        }
        for (Entry e : entries) {
            if (rules.rules().stream().noneMatch(i -> i.name().equals(e.rule()))) {
                problems.add(Problem.at(e.where(), "focused test for unknown rule '" + e.rule() + "'", "rename it to an existing rule or remove it"));
                continue;
            }
            for (String f : failures(rules, e)) problems.add(Problem.at(e.where(), "focused test of '" + e.rule() + "': " + f, ""));
        }
        return problems;
    }
}
