package dev.naoru.maint;

import dev.naoru.api.Snapshot;
import dev.naoru.kb.KbException;
import dev.naoru.kb.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The check suite that validate, test and every reload run, run here by {@code mvn verify} on the
 * project's kb/ and rules/: the shipped KB must pass it without an error or a warning.
 */
class CheckSuiteTest {
    private static CheckSuite.Report shipped;

    @BeforeAll
    static void run() {
        shipped = CheckSuite.run(Path.of("kb"), Path.of("rules"), "kb", "rules");
    }

    @Test
    void theShippedKbPassesEveryCheckAndLintsClean() {
        assertThat(shipped.errors()).extracting(Problem::format).isEmpty();
        assertThat(shipped.warnings()).extracting(Problem::format).isEmpty();
        assertThat(shipped.counts()).containsKeys("focused rule tests", "scenarios");
    }

    @Test
    void theLintIsFast() {
        Snapshot snap = shipped.snapshot().orElseThrow();
        List<Problem> errors = new ArrayList<>();
        CheckSuite.check(snap, errors, new ArrayList<>(), new LinkedHashMap<>(), false);   // warm up
        long t0 = System.nanoTime();
        PhrasingLint.check(snap, errors, new ArrayList<>());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("self-match lint over every phrasing, ms").isLessThan(3000);
    }

    @Test
    void aDrlTypoInAnEmitCallOrAConditionIsFoundWithItsLine(@TempDir Path dir) throws IOException {
        Path kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        Path rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
        String drl = Files.readString(rules.resolve("advanced.drl"));
        Files.writeString(rules.resolve("advanced.drl"), drl.replace("Emit.step(drools, \"contact-support\"", "Emit.step(drools, \"contact-suport\"")
                .replace("ContextFact( id == \"password-changed\"", "ContextFact( id == \"password-change\""));

        List<String> got = CheckSuite.run(kb, rules, "kb", "rules").errors().stream().map(Problem::format).toList();

        assertThat(got).anyMatch(p -> p.matches("rules/advanced\\.drl:\\d+:\\d+: unknown step 'contact-suport' in Emit\\.step of rule "
                + "'many-candidate-causes-offer-support': the plan would drop it .*"));
        assertThat(got).anyMatch(p -> p.matches("rules/advanced\\.drl:\\d+:\\d+: unknown context 'password-change' in rule "
                + "'auth-symptom-after-password-change' .*"));
    }

    @Test
    void aRuleOrGlobalThatReadsMoreThanTheFactsIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        Path rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(rules.resolve("clock.drl"), """
                package naoru.rules;
                import dev.naoru.rules.*;
                global java.util.List seen;

                rule "fine"
                when
                    SymptomFact( id == "cannot-fetch" )
                then
                    Emit.cause(drools, "network", 0.5);
                end

                rule "weekend-outage"
                when
                    SymptomFact( id == "cannot-fetch" )
                    eval( java.time.LocalDate.now().getDayOfWeek().getValue() > 5 )
                then
                    Emit.cause(drools, "server-outage", 0.5);
                end
                """);

        List<String> got = CheckSuite.run(kb, rules, "kb", "rules").errors().stream().map(Problem::format).toList();

        assertThat(got).anyMatch(p -> p.startsWith("rules/clock.drl:15:") && p.contains("rule 'weekend-outage' reads 'now': a rule may read only the request's facts"));
        assertThat(got).anyMatch(p -> p.startsWith("rules/clock.drl:3:") && p.contains("global 'seen'"));
        assertThat(got).noneMatch(p -> p.contains("rule 'fine' reads"));
    }

    @Test
    void aWhenThatCanNeverHoldAndABadPriorityAreReported(@TempDir Path dir) throws IOException {
        Path kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        Path rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(rules.resolve("extra.yaml"), """
                rules:
                  - name: never
                    when: {device_in: [outlook], device_not_in: [outlook], contexts: [vpn-or-profile], contexts_absent: [vpn-or-profile]}
                    then: {steps: {disable-vpn: 1000}}
                """);
        Files.createDirectories(rules.resolve("docomo"));
        Files.writeString(rules.resolve("docomo/more.yaml"), "rules: []\n");

        CheckSuite.Report r = CheckSuite.run(kb, rules, "kb", "rules");

        assertThat(r.errors()).extracting(Problem::format)
                .contains("rules/extra.yaml:2:5: rule 'never' can never fire: [outlook] is in both device_in and device_not_in (a fact cannot be both; drop it from one of them)")
                .anyMatch(p -> p.contains("[vpn-or-profile] is in both contexts and contexts_absent"));
        assertThat(r.warnings()).extracting(Problem::format)
                .anyMatch(p -> p.startsWith("rules/extra.yaml:2:5: warning: rule 'never' gives 'disable-vpn' priority 1000"))
                .anyMatch(p -> p.startsWith("rules/docomo/more.yaml: warning: file in a subfolder is not loaded"));
    }

    @Test
    void aSynonymThatMakesAPhrasingMatchAnotherFactIsNamed(@TempDir Path dir) throws IOException {
        Path kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        Path rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
        String syn = Files.readString(kb.resolve("synonyms.yaml"));
        Files.writeString(kb.resolve("synonyms.yaml"), syn.replace("variants: [バージョン アップ,", "variants: [更新, バージョン アップ,"));

        List<String> got = CheckSuite.run(kb, rules, "kb", "rules").errors().stream().map(Problem::format).toList();

        assertThat(got).anyMatch(p -> p.contains("「受信箱が更新されない」 of symptom 'cannot-fetch' also matches context 'after-update'")
                && p.contains("because of synonym アップデート ← 更新 (kb/synonyms.yaml:"));
    }

    @Test
    void scenarioKeysAreCheckedAndAFlatOrderIsRefused() {
        KbException e = catchThrowableOfType(KbException.class, () -> ScenarioFile.parse("kb/tests/x.yaml",
                "- id: a\n  text: t\n  expect:\n    order: [restart-device, check-network]\n"));
        assertThat(e.problems()).extracting(Problem::format).first().asString()
                .startsWith("kb/tests/x.yaml:4:13: 'order' item \"restart-device\" is not a pair of step ids");
        List<Scenario> s = ScenarioFile.parse("kb/tests/x.yaml", """
                - id: a
                  text: "iPhoneで同じ件名のメールが何度も来る"
                  expect: {symptoms_exactly: [], contexts_exactly: [], questions_absent: [device]}
                """);
        var result = shipped.snapshot().orElseThrow().diagnose(s.get(0).request());
        assertThat(s.get(0).expect().failures(result)).isEmpty();
        List<Scenario> wrong = ScenarioFile.parse("kb/tests/x.yaml", """
                - id: b
                  text: "iPhoneでメールを取得できません"
                  expect: {symptoms_exactly: [cannot-send], contexts_exactly: [vpn-or-profile]}
                """);
        var r2 = shipped.snapshot().orElseThrow().diagnose(wrong.get(0).request());
        assertThat(wrong.get(0).expect().failures(r2)).hasSize(2);
    }
}
