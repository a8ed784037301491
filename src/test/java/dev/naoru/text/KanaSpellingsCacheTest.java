package dev.naoru.text;

import dev.naoru.kb.SourceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Kana spellings kept per hash of their inputs (text/KanaSpellingsCache), like the phrasing index. */
class KanaSpellingsCacheTest {
    @TempDir
    Path dir;

    @AfterEach
    void off() {
        System.clearProperty("naoru.index.cache");
    }

    private static final Map<String, SourceRef> PHRASINGS = Map.of("写真を添付すると送信できない", new SourceRef("kb/symptoms.yaml", 3, 9),
            "パスワードを変えた", new SourceRef("kb/contexts.yaml", 5, 9));

    private static final List<String> WORDS = List.of("迷惑メールのフォルダ");

    private KanaSpellings get(Map<String, SourceRef> phrasings, AtomicInteger derived) {
        Supplier<KanaSpellings> derive = () -> {
            derived.incrementAndGet();
            return KanaSpellings.derive(phrasings, WORDS, Optional.empty(), Set.of());
        };
        return KanaSpellingsCache.get(phrasings, WORDS, List.of(), Set.of(), derive);
    }

    @Test
    void unchangedInputsAreReadBackAsDerived() {
        System.setProperty("naoru.index.cache", dir.toString());
        AtomicInteger derived = new AtomicInteger();
        KanaSpellings first = get(PHRASINGS, derived);
        KanaSpellings second = get(PHRASINGS, derived);
        assertThat(derived).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.nouns()).isNotEmpty();
        assertThat(second.verbs()).containsEntry("かえる", "変える");
        assertThat(second.nouns()).anyMatch(e -> e.surface().equals("ふぉるだ") && e.bases().equals(List.of("フォルダ")));
    }

    @Test
    void anEditedPhrasingIsDerivedAgainAndADamagedFileToo() throws Exception {
        System.setProperty("naoru.index.cache", dir.toString());
        AtomicInteger derived = new AtomicInteger();
        get(PHRASINGS, derived);
        get(Map.of("写真を添付すると送信できない", new SourceRef("kb/symptoms.yaml", 3, 9)), derived);
        assertThat(derived).hasValue(2);
        try (var files = Files.list(dir.resolve("kana-spellings"))) {
            for (Path f : files.toList()) Files.writeString(f, "garbage\n");
        }
        get(PHRASINGS, derived);
        assertThat(derived).hasValue(3);
    }

    @Test
    void offWithoutADirectory() {
        AtomicInteger derived = new AtomicInteger();
        get(PHRASINGS, derived);
        get(PHRASINGS, derived);
        assertThat(derived).hasValue(2);
    }
}
