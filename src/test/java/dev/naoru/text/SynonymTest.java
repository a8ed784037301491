package dev.naoru.text;

import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Synonym;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per entry of kb/synonyms.yaml: every variant analyzes to the canonical terms with the KB's
 * synonyms, and does not once that entry is taken out.
 */
@DisplayName("kb/synonyms.yaml: every entry rewrites its variants")
class SynonymTest {
    private static KnowledgeBase kb;
    private static TextAnalyzer withAll;
    private static TextAnalyzer noSynonyms;

    @BeforeAll
    static void load() {
        kb = KbAnalyzers.kb();
        withAll = KbAnalyzers.analyzer();
        noSynonyms = TextAnalyzer.build(kb.userDictionary(), List.of(), kb.negation().negators(), kb.discourse());
    }

    static Stream<Named<Synonym>> entries() {
        return KbAnalyzers.kb().synonyms().stream()
                .map(s -> Named.of(s.canonical() + " ← " + s.variants() + "  (" + s.where() + ")", s));
    }

    @Test
    @DisplayName("the KB has synonyms")
    void hasSynonyms() {
        assertThat(kb.synonyms()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("each variant analyzes to the canonical terms, and not without this entry")
    void variantsRewritten(Synonym s) {
        List<String> canonical = KbAnalyzers.terms(noSynonyms, s.canonical());
        assertThat(canonical).as("canonical '%s'", s.canonical()).isNotEmpty();

        List<Synonym> others = new ArrayList<>(kb.synonyms());
        others.remove(s);
        TextAnalyzer without = TextAnalyzer.build(kb.userDictionary(), others, kb.negation().negators(), kb.discourse());

        SoftAssertions soft = new SoftAssertions();
        for (String v : s.variants()) {
            soft.assertThat(KbAnalyzers.terms(withAll, v)).as("「%s」 with the KB's synonyms", v).isEqualTo(canonical);
            soft.assertThat(KbAnalyzers.terms(without, v)).as("「%s」 without the entry for '%s'", v, s.canonical()).isNotEqualTo(canonical);
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("a variant at the end of a sentence (「…v。」) is rewritten too")
    void variantAtSentenceEnd(Synonym s) {
        assertRewrittenIn(s, List.of("{v}。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("a variant inside a sentence (「vが」「それはv」「、v、」) is rewritten too")
    void variantInsideSentence(Synonym s) {
        assertRewrittenIn(s, List.of("{v}が", "それは{v}", "、{v}、"));
    }

    private static void assertRewrittenIn(Synonym s, List<String> contexts) {
        List<String> canonical = KbAnalyzers.terms(noSynonyms, s.canonical());
        SoftAssertions soft = new SoftAssertions();
        for (String ctx : contexts) {
            for (String v : s.variants()) {
                String text = ctx.replace("{v}", v);
                List<String> terms = KbAnalyzers.terms(withAll, text);
                soft.assertThat(java.util.Collections.indexOfSubList(terms, canonical))
                        .as("「%s」 → %s should contain %s", text, terms, canonical).isNotNegative();
            }
        }
        soft.assertAll();
    }
}
