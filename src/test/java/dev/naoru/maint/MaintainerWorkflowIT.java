package dev.naoru.maint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maintainer's workflow of the README, exactly as written, against the packaged jar: a new symptom,
 * a YAML rule, its focused test and a scenario added only under copies of kb/ and rules/ pass validate
 * and test (the same check suite as CI) and work through the CLI without rebuilding the jar.
 */
class MaintainerWorkflowIT {
    private static final Path JAR = Path.of("target/naoru.jar").toAbsolutePath();

    @TempDir
    static Path dir;
    static Path kb;
    static Path rules;
    static FileTime jarTime;

    @BeforeAll
    static void addASymptomARuleAndAScenario() throws IOException {
        assertThat(JAR).exists();
        jarTime = Files.getLastModifiedTime(JAR);
        kb = Copies.tree(Path.of("kb"), dir.resolve("kb"));
        rules = Copies.tree(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(kb.resolve("symptoms.yaml"), """
                  - id: mail-duplicated
                    label: 同じメールが何通も届く
                    source: iCloudメールのルールやフィルタを総点検して復活への道筋
                    phrasings:
                      - 同じメールが何通も届く
                      - メールが重複して届く
                      - メールが二重に届く
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        // Exactly the README's "Maintaining the knowledge base" example: rule, focused test, scenario.
        Files.writeString(rules.resolve("duplicates.yaml"), """
                rules:
                  - name: duplicated-mail-refresh
                    description: 同じメールが何通も届くなら、iCloud メールのオフ/オンとルールの見直し
                    when:
                      symptoms_any: [mail-duplicated]
                    then:
                      steps: {toggle-icloud-mail: 80, review-rules: 60}
                """);
        Files.writeString(rules.resolve("tests/focus.yaml"), """
                - rule: duplicated-mail-refresh
                  given: {device: iphone, symptoms: [mail-duplicated]}
                  steps: [toggle-icloud-mail, review-rules]
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(kb.resolve("tests/symptoms.yaml"), """
                - id: dup-001
                  text: "iPhoneで同じメールが何通も届くんです"
                  expect: {status: plan, device: iphone, symptoms: [mail-duplicated], contexts_absent: [other-devices-too], steps: [toggle-icloud-mail]}
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void theReadmeSentenceGetsNoFalseContext() throws Exception {
        Run r = naoru("diagnose", "--kb", kb.toString(), "--rules", rules.toString(), "--json", "iPhoneで同じメールが何通も届くんです");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("\"mail-duplicated\"").doesNotContain("other-devices-too").doesNotContain("server-outage");
    }

    @Test
    void diagnoseSeesTheNewSymptomAndRuleWithoutRebuilding() throws Exception {
        Run r = naoru("diagnose", "--kb", kb.toString(), "--rules", rules.toString(), "--json", "メールが二重に届くようになった");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("\"mail-duplicated\"").contains("\"rule: duplicated-mail-refresh\"").contains("\"toggle-icloud-mail\"");
        assertThat(Files.getLastModifiedTime(JAR)).isEqualTo(jarTime);
    }

    @Test
    void validateAndTestPassOnTheEditedCopy() throws Exception {
        Run v = naoru("validate", "--kb", kb.toString(), "--rules", rules.toString());
        assertThat(v.exit).as(v.err).isZero();
        assertThat(v.out).contains("12 symptoms");
        assertThat(v.out).contains("focused rule tests").contains("scenarios");
        Run t = naoru("test", "--kb", kb.toString(), "--rules", rules.toString());
        assertThat(t.exit).as(t.out + t.err).isZero();
        assertThat(t.out).contains(" passed, 0 failed");
    }

    @Test
    void theShippedKbIsUntouched() throws Exception {
        Run r = naoru("diagnose", "--kb", "kb", "--rules", "rules", "--json", "メールが二重に届くようになった");
        assertThat(r.out).doesNotContain("mail-duplicated");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run naoru(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
