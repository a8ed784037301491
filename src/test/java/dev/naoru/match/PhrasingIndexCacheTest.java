package dev.naoru.match;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import dev.naoru.text.TextAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrasing index opened from the cache is the index written for the same terms; a damaged one is written again. */
class PhrasingIndexCacheTest {
    private static KnowledgeBase kb;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        kb = KbLoader.load(SourceFiles.read(Path.of("kb"), "kb"));
        analyzer = TextAnalyzer.build(kb);
    }

    @AfterEach
    void off() {
        System.clearProperty("naoru.index.cache");
    }

    private static List<String> shape(PhrasingIndex index) {
        return index.all().stream().map(p -> p.fact().id() + " " + p.terms() + " " + Arrays.toString(p.weights()) + " "
                + p.requiresNegation()).toList();
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    @Test
    void aSecondBuildOpensTheStoredIndexAndReadsTheSamePhrasingsAndPostings(@TempDir Path dir) throws IOException {
        List<String> uncached = shape(PhrasingIndex.build(kb, analyzer));
        System.setProperty("naoru.index.cache", dir.toString());
        int opened = PhrasingIndexCache.OPENED.get();

        PhrasingIndex written = PhrasingIndex.build(kb, analyzer);
        assertThat(PhrasingIndexCache.OPENED.get()).isEqualTo(opened);
        assertThat(entries(dir)).hasSize(1);
        PhrasingIndex read = PhrasingIndex.build(kb, analyzer);
        assertThat(PhrasingIndexCache.OPENED.get()).isEqualTo(opened + 1);

        assertThat(shape(written)).isEqualTo(uncached);
        assertThat(shape(read)).isEqualTo(uncached);
        assertThat(read.vocabulary()).isEqualTo(written.vocabulary());
    }

    @Test
    void aDamagedIndexIsWrittenAgainInItsPlace(@TempDir Path dir) throws IOException {
        System.setProperty("naoru.index.cache", dir.toString());
        List<String> expected = shape(PhrasingIndex.build(kb, analyzer));
        Path entry = entries(dir).get(0);
        try (Stream<Path> s = Files.list(entry)) {
            for (Path f : s.toList()) Files.write(f, new byte[]{1, 2, 3});
        }
        int opened = PhrasingIndexCache.OPENED.get();

        assertThat(shape(PhrasingIndex.build(kb, analyzer))).isEqualTo(expected);
        assertThat(PhrasingIndexCache.OPENED.get()).isEqualTo(opened);
        assertThat(shape(PhrasingIndex.build(kb, analyzer))).isEqualTo(expected);
        assertThat(PhrasingIndexCache.OPENED.get()).isEqualTo(opened + 1);
    }

    @Test
    void theKeyFollowsTheTermsAndTheirOrder() {
        assertThat(PhrasingIndexCache.key(List.of("メール 受信", "設定")))
                .isEqualTo(PhrasingIndexCache.key(List.of("メール 受信", "設定")))
                .isNotEqualTo(PhrasingIndexCache.key(List.of("設定", "メール 受信")))
                .isNotEqualTo(PhrasingIndexCache.key(List.of("メール 受信", "設定 変更")));
    }
}
