package dev.naoru.rules;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.maint.FocusTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One focused test per rule (rules/tests/focus.yaml), run through the same {@link FocusTests} as
 * {@code tools/naoru validate/test} and reload: only the given facts go in, no text matching, and the rule
 * must fire and itself emit what the entry lists. Each test is named by the entry's file:line.
 */
class RuleFocusTest {
    private static final Path FOCUS = Path.of("rules/tests/focus.yaml");
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        rules = RuleSet.compile(SourceFiles.read(Path.of("rules"), "rules"), kb);
    }

    static Stream<Named<FocusTests.Entry>> entries() throws IOException {
        return FocusTests.parse("rules/tests/focus.yaml", Files.readString(FOCUS)).stream().map(e -> Named.of(e.label(), e));
    }

    @Test
    void everyRuleHasAFocusedTest() throws IOException {
        List<FocusTests.Entry> all = entries().map(Named::getPayload).toList();
        List<String> missing = FocusTests.check(rules, all, "rules/tests/focus.yaml").stream()
                .filter(p -> p.message().contains("has no focused test")).map(Problem::format).toList();
        assertThat(missing).as("rules without an entry in " + FOCUS).isEmpty();
        assertThat(rules.rules().stream().filter(r -> r.kind().equals("drl"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void ruleFiresAndEmitsItsEffects(FocusTests.Entry entry) {
        assertThat(FocusTests.failures(rules, entry)).as(entry.label()).isEmpty();
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        String text = "- rule: x\n  given: {device: iphone}\n  step: [check-network]\n";
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.naoru.kb.KbException.class,
                () -> FocusTests.parse("rules/tests/focus.yaml", text)).problems())
                .extracting(Problem::format).singleElement().asString()
                .startsWith("rules/tests/focus.yaml:3:3: unknown key 'step'");
    }
}
