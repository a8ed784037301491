package dev.naoru.cli;

import dev.naoru.api.TestNaoru;
import dev.naoru.maint.ScenarioRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("naoru test / eval")
class TestAndEvalCliTest {
    static final String PASSING = """
            - id: ok-1
              text: "iPhoneでメールを取得できません"
              expect:
                status: plan
                device: iphone
                symptoms: [cannot-fetch]
            """;
    static final String FAILING = """
            - id: bad-1
              text: "iPhoneでメールを取得できません"
              expect:
                status: no_match
            """;

    @TempDir
    Path tmp;

    private Path cases(String name, String... parts) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, String.join("", parts), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    @DisplayName("test on kb/tests: exit code and counts match whether the cases pass")
    void shippedScenarios() {
        List<String> failures = ScenarioRunner.failuresOn(TestNaoru.get().snapshot(), Path.of("kb", "tests"));
        Cli.Run r = Cli.run(Cli.withKb("test"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(failures.isEmpty() ? 0 : 1);
        int total = TestNaoru.scenarios().size();
        assertThat(r.outLines()).last().asString().isEqualTo((total - failures.size()) + " passed, " + failures.size() + " failed");
        assertThat(r.outLines().stream().filter(l -> l.startsWith("FAIL ")).count()).isEqualTo(failures.size());
    }

    @Test
    @DisplayName("coverage on the shipped KB: rules, phrasings, synonyms, dictionary, steps per device; --json too")
    void coverage() throws Exception {
        Cli.Run r = Cli.run(Cli.withKb("coverage"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("rules never fired: ").contains("phrasings never the matching one: ")
                .contains("synonyms never used: ").contains("dictionary entries never used: ").contains("steps never offered, per device:");
        Cli.Run j = Cli.run(Cli.withKb("coverage", "--json"));
        assertThat(j.exit()).as(j.toString()).isZero();
        var o = dev.naoru.api.Json.MAPPER.readTree(j.out());
        assertThat(o.get("cases").asInt()).isGreaterThan(200);
        assertThat(o.has("rules_never_fired") && o.has("phrasings_never_matching") && o.has("synonyms_never_used")
                && o.has("dictionary_entries_never_used") && o.has("steps_never_offered")).isTrue();
    }

    @Test
    @DisplayName("test on a passing file: exit 0")
    void passingFile() throws Exception {
        Cli.Run r = Cli.run(Cli.withKb("test", cases("ok.yaml", PASSING).toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 passed, 0 failed");
    }

    @Test
    @DisplayName("test with a failing case: exit 1 and a FAIL line with file:line, id and expected/actual")
    void failingFile() throws Exception {
        Path f = cases("mixed.yaml", PASSING, FAILING);
        Cli.Run r = Cli.run(Cli.withKb("test", f.toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + f.toAbsolutePath().normalize() + ":7 bad-1").contains("status 'plan' != 'no_match'")
                .contains("1 passed, 1 failed");
    }

    @Test
    @DisplayName("test on a missing or malformed scenario file: exit 2 naming it, no stack trace")
    void badScenarioFiles() throws Exception {
        Cli.Run missing = Cli.run(Cli.withKb("test", tmp.resolve("nope.yaml").toString()));
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml");
        DiagnoseCliTest.noStackTrace(missing);
        Path broken = cases("broken.yaml", "- id: x\n  text: [unclosed\n");
        Cli.Run r = Cli.run(Cli.withKb("test", broken.toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("broken.yaml:");
        DiagnoseCliTest.noStackTrace(r);
    }

    @ParameterizedTest(name = "eval --min {0} → exit {1}")
    @DisplayName("eval --min outside 0..100 is a usage error")
    @CsvSource({"101, 2", "-1, 2", "100.5, 2", "0, 0"})
    void minRange(String min, int exit) {
        Cli.Run r = Cli.run(Cli.withKb("eval", "kb/tests/rules.yaml", "--min", min, "--quiet"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        if (exit == 2) {
            assertThat(r.err()).contains("--min");
            DiagnoseCliTest.noStackTrace(r);
        } else {
            assertThat(r.out()).contains("pass rate");
        }
    }

    @ParameterizedTest(name = "1 of 2 passing, --min {0} → exit {1}")
    @DisplayName("eval gates on the pass rate")
    @CsvSource({"0, 0", "50, 0", "50.1, 1", "100, 1"})
    void gate(String min, int exit) throws Exception {
        Path f = cases("half.yaml", PASSING, FAILING);
        Cli.Run r = Cli.run(Cli.withKb("eval", f.toString(), "--min", min, "--json"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.out()).contains("pass rate 50.0%").contains("1 passed, 1 failed").contains("\"rate\":50.0");
    }

    @Test
    @DisplayName("eval on a missing file: exit 2")
    void evalMissing() {
        Cli.Run r = Cli.run(Cli.withKb("eval", tmp.resolve("nope.yaml").toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        DiagnoseCliTest.noStackTrace(r);
    }
}
