package dev.naoru.api;

import dev.naoru.kb.KbException;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules compile while the KB loads (Snapshot.build): the problems reported are still those of a
 * KB that does not load alone, else the KB-dependent id checks of the rules, located in their file.
 */
class SnapshotBuildTest {
    private static final SourceFiles KB = SourceFiles.read(Path.of("kb"), "kb");
    private static final SourceFiles RULES = SourceFiles.read(Path.of("rules"), "rules");

    private static SourceFiles with(SourceFiles src, String file, String text) {
        Map<String, String> files = new HashMap<>(src.files());
        files.put(file, text);
        return new SourceFiles(src.label(), files);
    }

    @Test
    void aKbThatDoesNotLoadReportsOnlyItsOwnProblemsWhileTheRulesCompile() {
        SourceFiles brokenKb = with(KB, "steps.yaml", "steps: [\n");
        SourceFiles brokenRules = with(RULES, "extra.yaml", "rules:\n  - name: x\n    when: {symptoms_any: [no-such-symptom]}\n    then: {steps: {check-network: 5}}\n");
        KbException e = catchThrowableOfType(KbException.class, () -> Snapshot.build(brokenKb, brokenRules));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).startsWith("kb/steps.yaml"));
    }

    @Test
    void aRuleNamingAnIdTheKbLacksIsReportedAtItsLineOnceTheKbIsLoaded() {
        SourceFiles rules = with(RULES, "extra.yaml", "rules:\n  - name: x\n    when: {symptoms_any: [no-such-symptom]}\n    then: {steps: {check-network: 5}}\n");
        KbException e = catchThrowableOfType(KbException.class, () -> Snapshot.build(KB, rules));
        assertThat(e.problems()).extracting(Problem::format)
                .anySatisfy(m -> assertThat(m).startsWith("rules/extra.yaml:3:").contains("unknown symptom 'no-such-symptom'"));
    }

    @Test
    void theShippedKbAndRulesBuild() {
        assertThat(Snapshot.build(KB, RULES).rules().rules()).isNotEmpty();
    }
}
