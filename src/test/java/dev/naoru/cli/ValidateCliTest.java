package dev.naoru.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("naoru validate")
class ValidateCliTest {
    /** A DRL rule with a stray ')' on line 6. */
    static final String BAD_DRL = """
            package naoru.rules;
            import dev.naoru.rules.*;

            rule "broken-on-purpose"
            when
                SymptomFact( id == "cannot-fetch" ) )
            then
            end
            """;

    @TempDir
    Path tmp;
    Path kb;
    Path rules;

    @BeforeEach
    void copyProject() throws IOException {
        kb = tmp.resolve("kb");
        rules = tmp.resolve("rules");
        copyTree(Path.of("kb"), kb);
        copyTree(Path.of("rules"), rules);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private Cli.Run validate() {
        return Cli.run("validate", "--kb", kb.toString(), "--rules", rules.toString());
    }

    /** The 1-based number of the first line containing {@code needle}. */
    static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + file);
    }

    private static String shown(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    @Test
    @DisplayName("the shipped kb/ and rules/ are valid: exit 0 and a summary")
    void shipped() {
        Cli.Run r = Cli.run("validate", "--kb", "kb", "--rules", "rules");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("ok: ").contains("steps").contains("scenarios");
        assertThat(r.errLines()).as(r.toString()).isEmpty();
    }

    @Test
    @DisplayName("the untouched copy is valid too (the fixture is sound)")
    void copyValid() {
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    @DisplayName("(a) broken YAML in kb/steps.yaml: exit 1 naming steps.yaml and the broken line")
    void brokenYaml() throws IOException {
        Path steps = kb.resolve("steps.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(steps, StandardCharsets.UTF_8));
        int broken = -1;
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("title:") && ++seen == 4) {
                lines.set(i, lines.get(i) + ": oops");   // "mapping values are not allowed here"
                broken = i + 1;
                break;
            }
        }
        assertThat(broken).isPositive();
        Files.write(steps, lines, StandardCharsets.UTF_8);

        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains(shown(steps) + ":" + broken + ":").contains("invalid YAML")
                .as("no cascade of 'contract step missing' for a file that did not parse").doesNotContain("is missing");
        DiagnoseCliTest.noStackTrace(r);
    }

    @Test
    @DisplayName("(b) an unknown step id in a rules/*.yaml rule: exit 1 naming the file, the line and the id")
    void unknownStep() throws IOException {
        Path file = rules.resolve("symptoms.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("check-network: ");
        Files.writeString(file, text.replaceFirst("check-network: ", "check-netwrok: "), StandardCharsets.UTF_8);
        int line = lineOf(file, "check-netwrok");

        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains(shown(file) + ":" + line + ":").contains("unknown step 'check-netwrok'")
                .contains("check-network");
        DiagnoseCliTest.noStackTrace(r);
    }

    @Test
    @DisplayName("(c) a DRL syntax error in a new rules/bad.drl: exit 1 with a DRL error on line 6 of bad.drl")
    void drlError() throws IOException {
        Files.writeString(rules.resolve("bad.drl"), BAD_DRL, StandardCharsets.UTF_8);
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains("bad.drl:6").contains("DRL error");
        DiagnoseCliTest.noStackTrace(r);
    }

    @Test
    @DisplayName("(c) the DRL error names the real file: <rules>/bad.drl:6")
    void drlErrorPath() throws IOException {
        Path bad = rules.resolve("bad.drl");
        Files.writeString(bad, BAD_DRL, StandardCharsets.UTF_8);
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains(shown(bad) + ":6");
    }

    @Test
    @DisplayName("a rule naming an unknown context: exit 1 at that line")
    void unknownContext() throws IOException {
        Path file = rules.resolve("outage.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("other-networks-too,");
        Files.writeString(file, text.replaceFirst("other-networks-too,", "other-netwrks-too,"), StandardCharsets.UTF_8);
        int line = lineOf(file, "other-netwrks-too");
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(shown(file) + ":" + line + ":").contains("unknown context 'other-netwrks-too'");
    }

    @Test
    @DisplayName("a folder that does not exist: exit 1 or 2 with one line naming it, no stack trace")
    void missingFolder() {
        Cli.Run r = Cli.run("validate", "--kb", tmp.resolve("nope").toString(), "--rules", rules.toString());
        assertThat(r.exit()).as(r.toString()).isIn(1, 2);
        assertThat(r.err()).contains("nope");
        DiagnoseCliTest.noStackTrace(r);
    }

    @Test
    @DisplayName("the same phrasing under two symptoms: refused naming the file, line and both ids")
    void samePhrasingUnderTwoSymptoms() throws IOException {
        Path f = kb.resolve("symptoms.yaml");
        String text = Files.readString(f);
        Files.writeString(f, text.replace("  - id: connection-failed\n", "  - id: connection-failed\n").replaceFirst(
                "(  - id: connection-failed\n(?:    [^\n]*\n)*?    phrasings:\n)", "$1      - メールを取得できません\n"));
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).containsPattern("kb/symptoms\\.yaml:\\d+:\\d+: .*「メールを取得できません」.*'connection-failed'.*'cannot-fetch'");
    }

    @Test
    @DisplayName("an ended_by entry of more than one word: refused naming the context and what it analyzes to")
    void endedByOfTwoWords() throws IOException {
        Path f = kb.resolve("contexts.yaml");
        String text = Files.readString(f);
        assertThat(text).contains("ended_by: [終わる, ");
        Files.writeString(f, text.replace("ended_by: [終わる, ", "ended_by: [障害が終わる, "));
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).containsPattern("kb/contexts\\.yaml:\\d+:\\d+: ended_by word '障害が終わる' of context 'outage-reported' analyzes to 障害 \\+ 終わる");
    }

    @Test
    @DisplayName("a duplicate YAML key: refused at its line")
    void duplicateKey() throws IOException {
        Files.writeString(rules.resolve("extra.yaml"), "rules:\n  - name: extra\n    when: {device_in: [mac]}\n    when: {symptoms_any: [cannot-send]}\n"
                + "    then: {steps: {check-network: 50}}\n");
        Cli.Run r = validate();
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).containsPattern("rules/extra\\.yaml:4:\\d+: key 'when' appears twice");
    }

    @Test
    @DisplayName("a YAML rule without a focused test: refused by validate and test, naming the rule and its line")
    void ruleWithoutFocusedTest() throws IOException {
        Files.writeString(rules.resolve("extra.yaml"), "rules:\n  - name: extra-rule\n    when: {symptoms_any: [cannot-send]}\n"
                + "    then: {steps: {check-network: 50}}\n");
        Cli.Run v = validate();
        assertThat(v.exit()).as(v.toString()).isEqualTo(1);
        assertThat(v.err()).contains("rules/extra.yaml:2:5: rule 'extra-rule' has no focused test");
        Cli.Run t = Cli.run("test", "--kb", kb.toString(), "--rules", rules.toString());
        assertThat(t.exit()).as(t.toString()).isEqualTo(1);
        assertThat(t.err()).contains("rules/extra.yaml:2:5: rule 'extra-rule' has no focused test");
    }
}
