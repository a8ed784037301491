package dev.naoru.text;

import dev.naoru.kb.SourceRef;
import dev.naoru.kb.UserDictEntry;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The kana spellings derived from the KB's phrasings (text/KanaSpellings), and what the shipped analyzer reads with them. */
class KanaSpellingsTest {
    private static final SourceRef AT = new SourceRef("kb/symptoms.yaml", 7, 9);

    private static KanaSpellings derive(Set<String> handMade, String... phrasings) {
        Map<String, SourceRef> m = new LinkedHashMap<>();
        for (String p : phrasings) m.put(p, AT);
        return KanaSpellings.derive(m, Optional.empty(), handMade);
    }

    private static Map<String, String> nouns(KanaSpellings k) {
        Map<String, String> out = new LinkedHashMap<>();
        for (UserDictEntry e : k.nouns()) out.put(e.surface(), e.bases().get(0));
        return out;
    }

    @Test
    void aKanjiNounGetsItsHiraganaSpellingWithWhereItWasWritten() {
        KanaSpellings k = derive(Set.of(), "写真を添付すると送信できない");
        assertThat(nouns(k)).containsEntry("しゃしん", "写真");
        UserDictEntry e = k.nouns().stream().filter(x -> x.surface().equals("しゃしん")).findFirst().orElseThrow();
        assertThat(e.readings()).containsExactly("シャシン");
        assertThat(e.pos()).isEqualTo("カスタム名詞");
        assertThat(e.where()).isEqualTo(AT);
    }

    @Test
    void shortReadingsAreLeftOut() {
        // 添付 (てんぷ) is three kana: readings that short collide with everyday kana.
        assertThat(nouns(derive(Set.of(), "写真を添付すると送信できない"))).doesNotContainKey("てんぷ");
    }

    @Test
    void aReadingTheStockDictionaryKnowsAsAnotherKindOfWordIsLeftOut() {
        // きのう is 昨日 to the stock dictionary (an adverbial noun), not the KB's 機能.
        assertThat(nouns(derive(Set.of(), "機能が使えない"))).doesNotContainKey("きのう");
        // せってい is a サ変 noun there as in the KB: the same word.
        assertThat(nouns(derive(Set.of(), "設定を変えた"))).containsEntry("せってい", "設定");
    }

    @Test
    void homophonesOfTheKbAreLeftOut() {
        // 公開 and 後悔 both read こうかい: a kana こうかい could be either.
        assertThat(nouns(derive(Set.of(), "公開されている", "後悔している"))).doesNotContainKey("こうかい");
    }

    @Test
    void aHandWrittenEntryWins() {
        assertThat(nouns(derive(Set.of("しゃしん"), "写真を添付すると送信できない"))).doesNotContainKey("しゃしん");
    }

    @Test
    void aKanjiVerbGetsItsHiraganaBaseForm() {
        KanaSpellings k = derive(Set.of(), "パスワードを変えた", "メールが届かない");
        assertThat(k.verbs()).containsEntry("かえる", "変える").containsEntry("とどく", "届く");
    }

    @Test
    void theShippedAnalyzerReadsKanaAsTheKbsWords() {
        TextAnalyzer a = KbAnalyzers.analyzer();
        assertThat(KbAnalyzers.terms(a, "しゃしんを いっぱい つけたら おくれない")).contains("写真");
        assertThat(KbAnalyzers.terms(a, "めーるが きえた")).contains("消える");
        // Without the spellings (an analyzer built from the parts alone) the stock dictionary cuts しゃしん into しゃする + ん.
        var kb = KbAnalyzers.kb();
        TextAnalyzer plain = TextAnalyzer.build(kb.userDictionary(), kb.synonyms(), kb.negation().negators(), kb.discourse());
        assertThat(KbAnalyzers.terms(plain, "しゃしんを いっぱい つけたら おくれない")).doesNotContain("写真");
        assertThat(KbAnalyzers.terms(plain, "めーるが きえた")).contains("きえる");
    }

    @Test
    void aKatakanaWordGetsItsHiraganaSpellingButNotThreePlainLetters() {
        KanaSpellings k = KanaSpellings.derive(Map.of("迷惑メールのフォルダ", AT), List.of("迷惑メールのフォルダ", "ドコモ", "アイフォン"),
                Optional.empty(), Set.of());
        assertThat(nouns(k)).containsEntry("ふぉるだ", "フォルダ").containsEntry("あいふぉん", "アイフォン");
        // どこも is "everywhere": three plain hiragana letters are as likely a native word.
        assertThat(nouns(k)).doesNotContainKey("どこも");
    }

    @Test
    void kanjiTextIsReadAsBefore() {
        var kb = KbAnalyzers.kb();
        TextAnalyzer plain = TextAnalyzer.build(kb.userDictionary(), kb.synonyms(), kb.negation().negators(), kb.discourse());
        for (String text : List.of("iPhoneで写真を添付したメールが送信できない", "昨日からメールの設定を変えていない", "機能制限をオンにした")) {
            assertThat(KbAnalyzers.terms(KbAnalyzers.analyzer(), text)).as(text).isEqualTo(KbAnalyzers.terms(plain, text));
        }
    }
}
