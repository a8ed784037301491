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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per entry of kb/userdict.yaml (read through KbLoader): the entry changes how some text is
 * analyzed, compared with the stock tokenizer and with the KB's dictionary minus that entry.
 * Synonyms are left out on both sides so that only segmentation (terms, surfaces, clauses) is compared.
 * Example sentences: the entry's own {@code example} from kb/userdict.yaml, then generic contexts.
 */
@DisplayName("kb/userdict.yaml: every entry changes the tokenization")
class UserDictionaryTest {
    /** Where a user-dictionary word typically stands; {s} is the entry's surface. */
    private static final List<String> CONTEXTS = List.of("{s}", "メールが{s}で", "{s}メール", "{s}mail", "ログイン{s}",
            "{s}かった", "{s}ドライブ", "iphoneの{s}", "昨日、{s}。");

    private static KnowledgeBase kb;
    private static List<String> negators;
    private static TextAnalyzer stock;
    private static TextAnalyzer all;

    @BeforeAll
    static void load() {
        kb = KbAnalyzers.kb();
        negators = kb.negation().negators();
        stock = TextAnalyzer.build(List.of(), List.of(), negators, kb.discourse());
        all = TextAnalyzer.build(kb.userDictionary(), List.of(), negators, kb.discourse());
    }

    static Stream<Named<UserDictEntry>> entries() {
        return KbAnalyzers.kb().userDictionary().stream()
                .map(e -> Named.of(e.surface() + " → " + String.join("|", e.segments()) + "  (" + e.where() + ")", e));
    }

    /** The example sentences for an entry: its own from kb/userdict.yaml, then the generic contexts. */
    private static List<String> sentences(UserDictEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.example() != null && !e.example().isBlank()) out.add(e.example());
        CONTEXTS.forEach(c -> out.add(c.replace("{s}", e.surface())));
        return List.copyOf(out);
    }

    /** Term, surface and clause of every token: what the dictionary can change. */
    private static List<String> analysis(TextAnalyzer a, String text) {
        return a.analyze(text).tokens().stream().map(t -> t.term() + "/" + t.surface() + "@" + t.clause()).toList();
    }

    private static Optional<String> firstDifference(TextAnalyzer before, TextAnalyzer after, List<String> sentences) {
        return sentences.stream().filter(t -> !analysis(before, t).equals(analysis(after, t))).findFirst();
    }

    private static TextAnalyzer withoutEntry(UserDictEntry e) {
        List<UserDictEntry> rest = new ArrayList<>(kb.userDictionary());
        rest.remove(e);
        return TextAnalyzer.build(rest, List.of(), negators, kb.discourse());
    }

    @Test
    @DisplayName("the KB has user-dictionary entries, and every example contains its entry's surface")
    void hasEntries() {
        assertThat(kb.userDictionary()).isNotEmpty();
        for (UserDictEntry e : kb.userDictionary()) {
            if (e.example() != null && !e.example().isBlank()) {
                assertThat(TextNormalizer.normalize(e.example())).as("example of %s (%s)", e.surface(), e.where()).contains(e.surface());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("is needed: the KB dictionary without it analyzes an example differently")
    void neededAmongTheOthers(UserDictEntry e) {
        List<String> sentences = sentences(e);
        Optional<String> where = firstDifference(withoutEntry(e), all, sentences);
        assertThat(where).as("'%s' changes nothing in %s once the other entries are there; "
                + "give it an 'example:' in kb/userdict.yaml that it fixes, or drop the entry", e.surface(), sentences).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("differs from the stock tokenizer (an entry that only restores the stock cut inside a longer entry must contain that entry)")
    void differsFromStock(UserDictEntry e) {
        TextAnalyzer with = TextAnalyzer.build(List.of(e), List.of(), negators, kb.discourse());
        List<String> sentences = sentences(e);
        Optional<String> where = firstDifference(stock, with, sentences);
        if (where.isPresent()) {
            assertThat(analysis(with, where.get())).as("「%s」", where.get()).isNotEqualTo(analysis(stock, where.get()));
            return;
        }
        // A repair entry (へんねん next to んねん): alone it cuts like the stock tokenizer; it exists to undo another entry.
        List<String> shadowed = kb.userDictionary().stream().filter(o -> o != e && e.surface().contains(o.surface()))
                .map(UserDictEntry::surface).toList();
        assertThat(shadowed).as("'%s' alone changes nothing the stock tokenizer does in %s, and repairs no other entry: it is redundant",
                e.surface(), sentences).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("the surface alone is cut at its segments, each read as its base form (negators as ない)")
    void baseForms(UserDictEntry e) {
        TextAnalyzer with = TextAnalyzer.build(List.of(e), List.of(), negators, kb.discourse());
        List<Token> tokens = with.analyze(e.surface()).tokens();
        int seg = 0;
        for (Token t : tokens) {
            while (seg < e.segments().size() && !e.segments().get(seg).toLowerCase().equals(t.surface())) seg++;
            assertThat(seg).as("token %s/%s of 「%s」 is one of the segments %s, in order", t.term(), t.surface(), e.surface(), e.segments())
                    .isLessThan(e.segments().size());
            String base = e.bases().isEmpty() ? e.segments().get(seg) : e.bases().get(seg);
            assertThat(t.term()).as("term of segment %s", t.surface()).isEqualTo(negators.contains(base) ? Token.NEGATION : base.toLowerCase());
            seg++;
        }
    }
}
