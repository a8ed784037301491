package dev.naoru.rules;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Effects no rule reads are collected, not inserted; a rule that reads one gets it inserted as before. */
class RuleOutputsTest {
    private static KnowledgeBase kb;
    private static SourceFiles shipped;

    @BeforeAll
    static void load() {
        kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        shipped = SourceFiles.read(Path.of("rules"), "rules");
    }

    private static RuleSet withExtraDrl(String drl) {
        Map<String, String> files = new HashMap<>(shipped.files());
        files.put("extra.drl", "package naoru.rules;\nimport dev.naoru.rules.*;\n" + drl);
        return RuleSet.compile(new SourceFiles("rules", files), kb);
    }

    @Test
    void theShippedRulesReadNoStepAskSuppressionOrRulingOut() {
        RuleSet rules = RuleSet.compile(shipped, kb);
        assertThat(rules.unreadEffects()).containsExactlyInAnyOrderElementsOf(RuleOutputs.EFFECTS);
        RuleOutcome out = RuleRunner.run(rules, List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 1.0)), false);
        assertThat(out.steps()).extracting(StepFact::getId).contains("check-network");
        assertThat(out.asks()).isNotEmpty();
    }

    @Test
    void aRuleThatMatchesStepsStillSeesThem() {
        RuleSet rules = withExtraDrl("""
                rule "network-check-asks-for-the-error"
                when
                    $s : StepFact( id == "check-network" )
                then
                    Emit.cause(drools, "network", 0.11, $s);
                end
                """);
        assertThat(rules.unreadEffects()).doesNotContain(StepFact.class).contains(AskFact.class);
        RuleOutcome out = RuleRunner.run(rules, List.of(new DeviceFact("iphone"), new SymptomFact("cannot-fetch", 1.0)), false);
        assertThat(out.causes()).extracting(CauseFact::getRule).contains("network-check-asks-for-the-error");
        assertThat(out.steps()).extracting(StepFact::getId).contains("check-network");
    }

    @Test
    void aStepReadInsideNotOrAccumulateIsInsertedToo() {
        RuleSet rules = withExtraDrl("""
                rule "no-restart-proposed"
                when
                    not StepFact( id == "restart-device" )
                    accumulate( AskFact(); $n : count(); $n > 100 )
                then
                    Emit.cause(drools, "network", 0.11);
                end
                """);
        assertThat(rules.unreadEffects()).doesNotContain(StepFact.class, AskFact.class).contains(SuppressFact.class);
    }

    @Test
    void aPatternOnObjectReadsEveryEffect() {
        RuleSet rules = withExtraDrl("""
                rule "counts-everything"
                when
                    accumulate( Object(); $n : count(); $n > 1000 )
                then
                    Emit.cause(drools, "network", 0.11);
                end
                """);
        assertThat(rules.unreadEffects()).isEmpty();
    }
}
