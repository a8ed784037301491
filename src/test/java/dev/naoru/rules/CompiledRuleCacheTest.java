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

/** The generated rule classes are reused per content hash, and reusing them changes no answer. */
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

    private static String answer(Naoru naoru, String text) {
        return Json.write(Json.result(naoru.diagnose(Json.parseRequest("{\"id\":\"t\",\"text\":\"" + text + "\"}"))));
    }
}
