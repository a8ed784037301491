package dev.naoru.maint;

import dev.naoru.api.Naoru;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every scenario of kb/tests/*.yaml; each test is named {@code kb/tests/file.yaml:line id}. */
class ScenarioTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = Naoru.load(Path.of("kb"), Path.of("rules"));
    }

    static Stream<Arguments> scenarios() {
        return ScenarioFile.filesIn(Path.of("kb/tests")).stream()
                .flatMap(f -> ScenarioFile.read(f).stream())
                .map(s -> Arguments.of(s.label(), s));
    }

    @Test
    void thereAreEnoughScenarios() {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHolds(String label, Scenario s) {
        List<ScenarioRunner.Outcome> out = ScenarioRunner.run(naoru.snapshot(), List.of(s));
        assertThat(out.get(0).failures()).as(label + "  " + s.request().text()).isEmpty();
    }
}
