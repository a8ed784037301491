package dev.naoru.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One focused test per rule (rules/tests/focus.yaml): only the given facts go in, no text matching,
 * and the rule must fire and itself emit what the entry lists.
 */
class RuleFocusTest {
    private static final Path FOCUS = Path.of("rules/tests/focus.yaml");
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        rules = RuleSet.compile(SourceFiles.read(Path.of("rules"), "rules"), kb);
    }

    static Stream<Arguments> entries() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FOCUS.toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode e : root) out.add(Arguments.of(e.get("rule").asText(), e));
        return out.stream();
    }

    @Test
    void everyRuleHasAFocusedTest() throws IOException {
        Set<String> tested = new HashSet<>();
        entries().forEach(a -> tested.add((String) a.get()[0]));
        List<String> missing = rules.rules().stream().map(RuleInfo::name).filter(n -> !tested.contains(n)).toList();
        assertThat(missing).as("rules without an entry in " + FOCUS).isEmpty();
        assertThat(rules.rules().stream().filter(r -> r.kind().equals("drl"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void ruleFiresAndEmitsItsEffects(String rule, JsonNode entry) {
        RuleOutcome out = RuleRunner.run(rules, facts(entry.get("given")), true);
        assertThat(out.fired()).extracting(FiredRule::name).as("rules fired").contains(rule);
        assertThat(out.steps().stream().filter(s -> s.getRule().equals(rule)).map(StepFact::getId))
                .as("steps emitted by " + rule).containsAll(strings(entry.get("steps")));
        assertThat(out.causes().stream().filter(c -> c.getRule().equals(rule)).map(CauseFact::getId))
                .as("causes derived by " + rule).containsAll(strings(entry.get("causes")));
        assertThat(out.asks().stream().filter(a -> a.getRule().equals(rule)).map(AskFact::getQuestionId))
                .as("questions asked by " + rule).containsAll(strings(entry.get("asks")));
        assertThat(out.suppressed().stream().filter(s -> s.getRule().equals(rule)).map(SuppressFact::getStepId))
                .as("steps suppressed by " + rule).containsAll(strings(entry.get("suppressed")));
        assertThat(out.ruledOut().stream().filter(r -> r.getRule().equals(rule)).map(RuleOutFact::getCauseId))
                .as("causes ruled out by " + rule).containsAll(strings(entry.get("ruled_out")));
        if (entry.has("not_fired_with")) {
            RuleOutcome without = RuleRunner.run(rules, facts(entry.get("not_fired_with")), true);
            assertThat(without.fired()).extracting(FiredRule::name).as("rules fired with not_fired_with").doesNotContain(rule);
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }

    static List<Object> facts(JsonNode g) {
        List<Object> facts = new ArrayList<>();
        if (g.has("device")) facts.add(new DeviceFact(g.get("device").asText()));
        strings(g.get("symptoms")).forEach(s -> facts.add(new SymptomFact(s, 1.0)));
        strings(g.get("contexts")).forEach(c -> facts.add(new ContextFact(c, false)));
        strings(g.get("denied")).forEach(c -> facts.add(new ContextFact(c, true)));
        strings(g.get("topics")).forEach(t -> facts.add(new TopicFact(t)));
        if (g.has("tried")) g.get("tried").fields().forEachRemaining(e -> facts.add(new TriedFact(e.getKey(), e.getValue().asText())));
        if (g.has("answers")) g.get("answers").fields().forEachRemaining(e -> facts.add(new AnswerFact(e.getKey(), AnswerValues.text(e.getValue()))));
        return facts;
    }
}
