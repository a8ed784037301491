package dev.naoru.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A message typed in katakana read back in hiragana, the KB's katakana words kept (text/KatakanaText). */
class KatakanaTextTest {
    private final KatakanaText kt = new KatakanaText(List.of("ドコモメールが届かない", "メールを送信できない", "アイフォン", "ドコモ"));

    @Test
    void aKatakanaMessageIsReadInHiraganaKeepingTheKbsWords() {
        assertThat(kt.read("ドコモメールで そうしん できません")).isEqualTo("ドコモメールで そうしん できません");
        assertThat(kt.read("ドコモメールデ ソウシン デキマセン")).isEqualTo("ドコモメールで そうしん できません");
        // ドコモ in hiragana would be どこも, "everywhere": the KB's word stays.
        assertThat(kt.read("ドコモ ノ メール ガ コナイ")).isEqualTo("ドコモ の メール が こない");
    }

    @Test
    void aTextWithKanjiOrMostlyHiraganaOrAFewLoanwordsIsLeftAlone() {
        assertThat(kt.read("アイフォンで受信できない")).isEqualTo("アイフォンで受信できない");
        assertThat(kt.read("アイフォンのメールがぜんぜんこないんです")).isEqualTo("アイフォンのメールがぜんぜんこないんです");
        assertThat(kt.read("アプリ エラー")).isEqualTo("アプリ エラー");
    }

    @Test
    void withoutKbWordsEveryKatakanaLetterIsReadAndNoneReadsNothing() {
        assertThat(new KatakanaText(List.of()).read("ソウシン デキマセン")).isEqualTo("そうしん できません");
        assertThat(KatakanaText.none().read("ソウシン デキマセン")).isEqualTo("ソウシン デキマセン");
    }

    @Test
    void theShippedAnalyzerReadsAKatakanaMessage() {
        List<String> terms = KbAnalyzers.terms(KbAnalyzers.analyzer(), "ｱｲﾌｫﾝﾃﾞ ﾒｰﾙｶﾞ ｼﾞｭｼﾝ ﾃﾞｷﾅｲ");
        assertThat(terms).contains("メール", "受信", "できる", Token.NEGATION);
    }
}
