package dev.naoru.rules;

import dev.naoru.kb.Device;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules memo: outcomes by equal facts, bounded by two generations, never a different answer than a session. */
class OutcomeMemoTest {
    private static KnowledgeBase kb;
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        rules = RuleSet.compile(SourceFiles.read(Path.of("rules"), "rules"), kb);
    }

    private static RuleOutcome outcome(String step) {
        return new RuleOutcome(List.of(new StepFact(step, 50, "r", List.of())), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void equalFactsInAnotherListFindTheOutcomeAndOtherFactsDoNot() {
        OutcomeMemo<List<Object>, RuleOutcome> memo = new OutcomeMemo<>(8);
        RuleOutcome o = outcome("check-network");
        memo.put(List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 0.8)), o);
        assertThat(memo.get(List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 0.8)))).isSameAs(o);
        assertThat(memo.get(List.of(new DeviceFact("mac"), new SymptomFact("cannot-fetch", 0.8)))).isNull();
        assertThat(memo.get(List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 0.7)))).isNull();
        assertThat(memo.get(List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 0.8), new ContextFact("outage-reported", false))))
                .isNull();
        assertThat(memo.get(List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 0.8), new ContextFact("outage-reported", true))))
                .isNull();
        assertThat(memo.hits()).isEqualTo(1);
        assertThat(memo.misses()).isEqualTo(4);
    }

    @Test
    void aFullGenerationAgesAndAnEntryInUseIsKept() {
        OutcomeMemo<List<Object>, RuleOutcome> memo = new OutcomeMemo<>(2);
        List<Object> a = List.of(new TopicFact("a"));
        List<Object> b = List.of(new TopicFact("b"));
        List<Object> c = List.of(new TopicFact("c"));
        List<Object> d = List.of(new TopicFact("d"));
        memo.put(a, outcome("a"));
        memo.put(b, outcome("b"));          // young full: a, b become the old generation
        assertThat(memo.get(a)).isNotNull(); // used: back into the young one
        memo.put(c, outcome("c"));          // young full again (a, c): b is dropped with the old generation
        memo.put(d, outcome("d"));
        assertThat(memo.get(a)).isNotNull(); // in use for three generations
        assertThat(memo.get(b)).isNull();    // unused since its generation aged
    }

    @Test
    void capacityZeroRemembersNothingAndANegativeOneIsRefused() {
        OutcomeMemo<List<Object>, RuleOutcome> off = new OutcomeMemo<>(0);
        off.put(List.of(new TopicFact("a")), outcome("a"));
        assertThat(off.get(List.of(new TopicFact("a")))).isNull();
        assertThat(off.hits() + off.misses()).isZero();
        assertThatThrownBy(() -> new OutcomeMemo<List<Object>, RuleOutcome>(-1)).hasMessageContaining("0 or more");
    }

    @Test
    void aRememberedOutcomeIsTheOneASessionDerivesForRandomFactSets() {
        Random random = new Random(20261204);
        List<String> devices = kb.devices().stream().map(Device::id).map(d -> d.id()).toList();
        List<String> symptoms = kb.symptoms().stream().map(Fact::id).toList();
        List<String> contexts = kb.contexts().stream().map(Fact::id).toList();
        long hitsBefore = rules.memoStats().hits();
        for (int i = 0; i < 300; i++) {
            List<Object> facts = new ArrayList<>();
            if (random.nextInt(4) > 0) facts.add(new DeviceFact(devices.get(random.nextInt(devices.size()))));
            for (int k = random.nextInt(3); k > 0; k--) {
                facts.add(new SymptomFact(symptoms.get(random.nextInt(symptoms.size())), random.nextInt(3) / 2.0 + 0.5));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                facts.add(new ContextFact(contexts.get(random.nextInt(contexts.size())), random.nextInt(4) == 0));
            }
            facts.add(new TopicFact("mail"));
            RuleOutcome first = RuleRunner.run(rules, facts, false);
            RuleOutcome again = RuleRunner.run(rules, new ArrayList<>(facts), false);
            RuleOutcome session = RuleRunner.runSession(rules, facts);
            assertThat(again).as("facts %s", facts).isSameAs(first);
            assertThat(shape(first)).as("facts %s", facts).isEqualTo(shape(session));
        }
        assertThat(rules.memoStats().hits() - hitsBefore).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aTraceAlwaysRunsASessionAndSaysWhatFired() {
        List<Object> facts = List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 1.0));
        RuleRunner.run(rules, facts, false);
        RuleOutcome traced = RuleRunner.run(rules, facts, true);
        assertThat(traced.fired()).isNotEmpty();
        assertThat(RuleRunner.run(rules, facts, false).fired()).isEmpty();
    }

    /** An outcome as text, causes sorted (a session hands them back in identity-hash order). */
    private static List<String> shape(RuleOutcome o) {
        List<String> causes = o.causes().stream().map(c -> c + " " + c.getConfidence() + " " + c.getRule() + " " + c.getEvidence())
                .sorted(Comparator.naturalOrder()).toList();
        return List.of(o.steps().toString(), o.suppressed().toString(), causes.toString(), o.asks().toString(),
                o.ruledOut().toString());
    }
}
