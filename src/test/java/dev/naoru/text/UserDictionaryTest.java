package dev.naoru.text;

import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.UserDictEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per entry of kb/userdict.yaml: the entry changes how Kuromoji cuts some ordinary text,
 * compared with the stock dictionary and with the KB's dictionary minus that entry. Synonyms are
 * left out on both sides so that only segmentation is compared.
 */
@DisplayName("kb/userdict.yaml: every entry changes the tokenization")
class UserDictionaryTest {
    /** Where a user-dictionary word typically stands; {s} is the entry's surface. */
    private static final List<String> CONTEXTS = List.of("{s}", "メールが{s}で", "{s}メール", "{s}mail", "ログイン{s}",
            "{s}かった", "{s}ドライブ", "iphoneの{s}");

    private static KnowledgeBase kb;
    private static List<String> negators;
    private static TextAnalyzer stock;
    private static TextAnalyzer all;

    @BeforeAll
    static void load() {
        kb = KbAnalyzers.kb();
        negators = kb.negation().negators();
        stock = TextAnalyzer.build(List.of(), List.of(), negators);
        all = TextAnalyzer.build(kb.userDictionary(), List.of(), negators);
    }

    static Stream<Named<UserDictEntry>> entries() {
        return KbAnalyzers.kb().userDictionary().stream()
                .map(e -> Named.of(e.surface() + " → " + String.join("|", e.segments()) + "  (" + e.where() + ")", e));
    }

    @Test
    @DisplayName("the KB has user-dictionary entries")
    void hasEntries() {
        assertThat(kb.userDictionary()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("differs from the stock tokenizer, and cuts the surface into its segments")
    void differsFromStock(UserDictEntry e) {
        TextAnalyzer with = TextAnalyzer.build(List.of(e), List.of(), negators);
        Optional<String> where = firstDifference(stock, with, e);
        assertThat(where).as("no context in %s where '%s' changes the stock tokenization: the entry is redundant", CONTEXTS, e.surface())
                .isPresent();
        assertThat(KbAnalyzers.segmentation(with, where.get()))
                .as("with the entry, 「%s」", where.get())
                .isNotEqualTo(KbAnalyzers.segmentation(stock, where.get()));
        assertThat(hasSegments(with, where.get(), e)).as("segments %s in 「%s」: %s", e.segments(), where.get(),
                KbAnalyzers.segmentation(with, where.get())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("is still needed next to the other entries (the KB dictionary without it cuts differently)")
    void neededAmongTheOthers(UserDictEntry e) {
        List<UserDictEntry> rest = new ArrayList<>(kb.userDictionary());
        rest.remove(e);
        TextAnalyzer without = TextAnalyzer.build(rest, List.of(), negators);
        assertThat(firstDifference(without, all, e))
                .as("'%s' changes nothing once the other entries are there", e.surface()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("the surface alone analyzes to its base forms (negators as ない)")
    void baseForms(UserDictEntry e) {
        TextAnalyzer with = TextAnalyzer.build(List.of(e), List.of(), negators);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < e.segments().size(); i++) {
            String base = e.bases().isEmpty() ? e.segments().get(i) : e.bases().get(i);
            expected.add(negators.contains(base) ? Token.NEGATION : base);
        }
        assertThat(KbAnalyzers.terms(with, e.surface())).isEqualTo(expected);
    }

    private static Optional<String> firstDifference(TextAnalyzer before, TextAnalyzer after, UserDictEntry e) {
        return CONTEXTS.stream().map(c -> c.replace("{s}", e.surface()))
                .filter(t -> !KbAnalyzers.segmentation(before, t).equals(KbAnalyzers.segmentation(after, t)))
                .filter(t -> hasSegments(after, t, e))
                .findFirst();
    }

    /** The entry's segments stand as consecutive token surfaces. */
    private static boolean hasSegments(TextAnalyzer a, String text, UserDictEntry e) {
        List<String> surfaces = a.analyze(text).tokens().stream().map(Token::surface).toList();
        return java.util.Collections.indexOfSubList(surfaces, e.segments()) >= 0;
    }
}
