package dev.naoru.text;

import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;
import dev.naoru.kb.Synonym;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synonyms applied to the term list (SynonymRewrite) read every text as Lucene's SynonymGraphFilter does:
 * the KB's phrasings, every scenario text, each variant alone and inside a sentence (also with a particle or a
 * comma between its words), and random texts.
 */
class SynonymRewriteTest {
    private final TextAnalyzer analyzer = KbAnalyzers.analyzer();

    private void same(String text) {
        assertThat(analyzer.analyze(text)).as(text).isEqualTo(analyzer.analyzeWithSynonymFilter(text));
    }

    @Test
    void theShippedKbUsesTheRewrite() {
        // A variant leading to two canonicals would leave the filter in use: the shipped KB has none.
        Analysis a = analyzer.analyze("受信ボックスにメールが来ない");
        assertThat(a.tokens()).extracting(Token::term).startsWith("受信", "箱");
        assertThat(a.tokens().get(0).surface()).isEqualTo("受信ボックス");   // the variant's whole span
    }

    @Test
    void kbTextsAndScenarioTextsReadAlike() {
        List<String> texts = new ArrayList<>();
        for (Fact f : KbAnalyzers.kb().allFacts()) for (Phrasing p : f.phrasings()) texts.add(p.text());
        for (Path f : ScenarioFile.filesIn(Path.of("kb/tests"))) for (Scenario s : ScenarioFile.read(f)) texts.add(s.request().text());
        for (Synonym s : KbAnalyzers.kb().synonyms()) {
            for (String v : s.variants()) {
                texts.add(v);
                texts.add("iPhoneで" + v + "が" + v + "できない");
                texts.add(v.replace(" ", "の") + "を変えた");
                texts.add(v.replace(" ", "、") + "を変えた");
            }
        }
        texts.forEach(this::same);
        assertThat(texts).hasSizeGreaterThan(2000);
    }

    @Test
    void randomTextsReadAlike() {
        Random rnd = new Random(20261205);
        List<String> variants = new ArrayList<>();
        for (Synonym s : KbAnalyzers.kb().synonyms()) variants.addAll(s.variants());
        for (int i = 0; i < 3000; i++) {
            String t = RandomText.next(rnd);
            same(t);
            same(variants.get(rnd.nextInt(variants.size())) + t + variants.get(rnd.nextInt(variants.size())));
        }
    }

    @Test
    void aVariantWithTwoCanonicalsLeavesTheFilterInUse() {
        assertThat(SynonymRewrite.of(List.of(Map.entry(List.of("a"), List.of("b")), Map.entry(List.of("a"), List.of("c"))))).isEmpty();
        assertThat(SynonymRewrite.of(List.of(Map.entry(List.of("a"), List.of("b")), Map.entry(List.of("a"), List.of("b"))))).isPresent();
    }
}
