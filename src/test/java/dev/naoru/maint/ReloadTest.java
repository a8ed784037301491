package dev.naoru.maint;

import dev.naoru.api.Naoru;
import dev.naoru.api.ReloadOutcome;
import dev.naoru.api.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safe reload, through the same check suite as {@code serve --watch} and the admin route: a valid change
 * swaps in atomically; a broken one (or one the lint or the tests refuse) never reaches users.
 */
class ReloadTest {
    @TempDir
    Path dir;
    Path kb;
    Path rules;

    @BeforeEach
    void copyKb() throws IOException {
        kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
    }

    @Test
    void unchangedFilesKeepTheVersion() {
        Naoru naoru = Naoru.load(kb, rules);
        ReloadOutcome out = naoru.reload(CheckSuite::gate);
        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.UNCHANGED);
        assertThat(out.version()).isEqualTo(naoru.snapshot().version());
    }

    @Test
    void aValidChangeIsSwappedInWithANewVersion() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        assertThat(naoru.diagnose(Request.of("メールの送受信でポップアップが出る")).symptoms()).isEmpty();
        Copies.append(kb.resolve("symptoms.yaml"), "\n      - 送受信でポップアップ\n", "  - id: cannot-fetch");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).as(String.join("\n", out.problems())).isEqualTo(ReloadOutcome.Kind.SWAPPED);
        assertThat(out.previous()).isEqualTo(before);
        assertThat(naoru.snapshot().version()).isEqualTo(out.version()).isNotEqualTo(before);
        assertThat(naoru.diagnose(Request.of("メールの送受信でポップアップが出る")).symptoms())
                .extracting(s -> s.id()).contains("cannot-fetch");
    }

    @Test
    void aBrokenFileKeepsTheOldSnapshotAndSaysWhere() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        Files.writeString(rules.resolve("symptoms.yaml"), "rules:\n  - name: x\n    then: {steps: {no-such-step: 10}}\n");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.contains("symptoms.yaml:3:") && p.contains("unknown step 'no-such-step'"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
        assertThat(naoru.diagnose(Request.of("iPhoneでメールを取得できません")).steps()).isNotEmpty();
    }

    @Test
    void aChangeThatBreaksAScenarioIsRefused() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        // Valid YAML and valid ids, but missing mail no longer sends the user to the spam folder.
        String symptoms = Files.readString(rules.resolve("symptoms.yaml"));
        assertThat(symptoms).contains("steps: {check-spam: 85, ");
        Files.writeString(rules.resolve("symptoms.yaml"), symptoms.replace("steps: {check-spam: 85, ", "steps: {"));

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.contains("tests/") && p.contains("step check-spam missing"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
    }

    @Test
    void theSamePhrasingUnderTwoSymptomsIsRefusedNamingBoth() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        Copies.append(kb.resolve("symptoms.yaml"), "\n      - メールを取得できません", "  - id: connection-failed");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.matches(".*kb/symptoms\\.yaml:\\d+:\\d+: .*「メールを取得できません」.*") && p.contains("'connection-failed'")
                && p.contains("'cannot-fetch'"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
    }

    @Test
    void aDuplicateYamlKeyIsRefusedAtItsLine() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        Files.writeString(rules.resolve("extra.yaml"), "rules:\n  - name: extra\n    when: {device_in: [mac]}\n    when: {symptoms_any: [cannot-send]}\n"
                + "    then: {steps: {check-network: 50}}\n");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.contains("rules/extra.yaml:4:") && p.contains("key 'when' appears twice"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
    }

    @Test
    void aRuleWithoutAFocusedTestIsRefusedNamingTheRule() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        Files.writeString(rules.resolve("extra.yaml"), "rules:\n  - name: extra-rule\n    when: {symptoms_any: [cannot-send]}\n"
                + "    then: {steps: {check-network: 50}}\n");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.contains("rules/extra.yaml:2:5: rule 'extra-rule' has no focused test"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
    }

    @Test
    void aFailingScenarioAddedOnlyToKbTestsIsCheckedAndRefused() throws IOException {
        Naoru naoru = Naoru.load(kb, rules);
        String before = naoru.snapshot().version();
        Files.writeString(kb.resolve("tests/extra.yaml"), "- id: ex-1\n  text: \"iPhoneでメールを取得できません\"\n"
                + "  expect: {steps: [app-password]}\n");

        ReloadOutcome out = naoru.reload(CheckSuite::gate);

        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems()).anyMatch(p -> p.contains("kb/tests/extra.yaml:1:") && p.contains("step app-password missing"));
        assertThat(naoru.snapshot().version()).isEqualTo(before);
    }

    @Test
    void theJarsOwnKbCannotBeReloaded() {
        ReloadOutcome out = Naoru.loadDefault().reload();
        assertThat(out.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(out.problems().get(0)).contains("--kb");
    }
}
