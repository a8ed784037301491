package dev.naoru.rules;

import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated rule classes and the network are reused per content hash, and reusing them changes no answer. */
class CompiledRuleCacheTest {
    @TempDir
    Path cache;

    @AfterEach
    void off() {
        System.clearProperty("naoru.rules.cache");
    }

    @Test
    void secondLoadReusesTheClassesAndAnswersTheSame() throws IOException {
        String text = "iPhoneでメールを取得できません。パスワードは最近変えました";
        String plain = answer(Naoru.load(Path.of("kb"), Path.of("rules")), text);

        System.setProperty("naoru.rules.cache", cache.toString());
        String first = answer(Naoru.load(Path.of("kb"), Path.of("rules")), text);
        List<Path> files = files();
        assertThat(files).hasSize(1);
        long stored = Files.getLastModifiedTime(files.get(0)).toMillis();

        String second = answer(Naoru.load(Path.of("kb"), Path.of("rules")), text);
        assertThat(files()).containsExactlyElementsOf(files);
        assertThat(Files.getLastModifiedTime(files.get(0)).toMillis()).as("a hit does not rewrite").isEqualTo(stored);
        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
    }

    @Test
    void aRestoredNetworkHasTheSameRulesAndPassesEveryScenario() throws IOException {
        Naoru compiled = Naoru.load(Path.of("kb"), Path.of("rules"));
        System.setProperty("naoru.rules.cache", cache.toString());
        Naoru first = Naoru.load(Path.of("kb"), Path.of("rules"));
        assertThat(first.snapshot().rules().restored()).as("the first load compiles").isFalse();
        assertThat(networks()).hasSize(1);

        Naoru restored = Naoru.load(Path.of("kb"), Path.of("rules"));
        assertThat(restored.snapshot().rules().restored()).as("the second load reads the network back").isTrue();
        assertThat(restored.snapshot().rules().rules()).containsExactlyElementsOf(compiled.snapshot().rules().rules());
        assertThat(restored.snapshot().rules().unreadEffects()).isEqualTo(compiled.snapshot().rules().unreadEffects());
        assertThat(dev.naoru.maint.ScenarioRunner.failuresOn(restored.snapshot(), Path.of("kb", "tests"))).isEmpty();
    }

    @Test
    void anUnreadableNetworkIsCompiledAgain() throws IOException {
        System.setProperty("naoru.rules.cache", cache.toString());
        String text = "Outlookで送信できない";
        String first = answer(Naoru.load(Path.of("kb"), Path.of("rules")), text);
        Path network = networks().get(0);
        byte[] bytes = Files.readAllBytes(network);
        Files.write(network, java.util.Arrays.copyOf(bytes, bytes.length / 2));   // a truncated write

        Naoru again = Naoru.load(Path.of("kb"), Path.of("rules"));
        assertThat(again.snapshot().rules().restored()).isFalse();
        assertThat(answer(again, text)).isEqualTo(first);
        assertThat(Naoru.load(Path.of("kb"), Path.of("rules")).snapshot().rules().restored())
                .as("the compile stored a good one again").isTrue();
    }

    @Test
    void aNetworkFileOfAnotherFormatIsReplaced() throws IOException {
        System.setProperty("naoru.rules.cache", cache.toString());
        Naoru.load(Path.of("kb"), Path.of("rules"));
        Path network = networks().get(0);
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(Files.newOutputStream(network))) {
            out.writeInt(0x4e524e30);   // an older or foreign format: readable, but not ours
        }
        assertThat(Naoru.load(Path.of("kb"), Path.of("rules")).snapshot().rules().restored()).isFalse();
        assertThat(Naoru.load(Path.of("kb"), Path.of("rules")).snapshot().rules().restored())
                .as("the compile in between stored a network of this format").isTrue();
    }

    @Test
    void anEditedRuleHasAnotherKey() {
        Map<String, String> drl = new LinkedHashMap<>(Map.of("a.drl", "rule \"x\" when then end"));
        String before = CompiledRuleCache.key(drl);
        drl.put("a.drl", "rule \"x\" when then System.out.println(); end");
        assertThat(CompiledRuleCache.key(drl)).isNotEqualTo(before);
    }

    @Test
    void offWithoutADirectory() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("NAORU_RULES_CACHE") == null);
        assertThat(CompiledRuleCache.directory()).isEmpty();
        assertThat(CompiledRuleCache.offer(org.kie.api.KieServices.Factory.get().newReleaseId("a", "b", "1"), "k")).isFalse();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".classes")).toList();
        }
    }

    private List<Path> networks() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".network")).toList();
        }
    }

    private static String answer(Naoru naoru, String text) {
        return Json.write(Json.result(naoru.diagnose(Json.parseRequest("{\"id\":\"t\",\"text\":\"" + text + "\"}"))));
    }
}
