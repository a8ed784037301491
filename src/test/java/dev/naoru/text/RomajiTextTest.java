package dev.naoru.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Japanese typed in romaji, read in kana (text/RomajiText). */
class RomajiTextTest {
    private final RomajiText rt = new RomajiText(List.of("メールが届かない", "outlookで受信できない", "ドコモメール"));

    @Test
    void syllablesDoubledConsonantsAndN() {
        assertThat(RomajiText.hiragana("shutoku")).isEqualTo("しゅとく");
        assertThat(RomajiText.hiragana("dekimasen")).isEqualTo("できません");
        assertThat(RomajiText.hiragana("zutto")).isEqualTo("ずっと");
        assertThat(RomajiText.hiragana("tte")).isEqualTo("って");
        assertThat(RomajiText.hiragana("konnichiwa")).isEqualTo("こんにちわ");
        assertThat(RomajiText.hiragana("shinpai")).isEqualTo("しんぱい");
        assertThat(RomajiText.hiragana("tsuuchi")).isEqualTo("つうち");
        assertThat(RomajiText.hiragana("kyou")).isEqualTo("きょう");
        assertThat(RomajiText.hiragana("tuusin")).as("kunrei").isEqualTo("つうしん");
    }

    @Test
    void englishWordsAreNoRomaji() {
        for (String w : List.of("mail", "password", "battery", "hello", "app", "inbox", "send")) assertThat(RomajiText.hiragana(w)).as(w).isNull();
    }

    @Test
    void aKbKatakanaWordIsSpelledInHepburn() {
        assertThat(RomajiText.romaji("メール")).contains("meeru");
        assertThat(RomajiText.romaji("ドコモメール")).contains("dokomomeeru");
        assertThat(RomajiText.romaji("ショップ")).contains("shoppu");
    }

    @Test
    void japaneseInRomajiIsReadInKanaKeepingTheKbsLatinWords() {
        assertThat(rt.read("outlook de meeru ga todokanai")).isEqualTo("outlookでメールがとどかない");
        assertThat(rt.read("outlook de mail ga todokanai")).isEqualTo("outlookでmailがとどかない");
    }

    @Test
    void englishAndTextsWithOneRomajiParticleAreLeftAlone() {
        assertThat(rt.read("no mail came to my inbox today")).isEqualTo("no mail came to my inbox today");
        assertThat(rt.read("outlookで受信できない ga")).isEqualTo("outlookで受信できない ga");
        assertThat(RomajiText.none().read("outlook de meeru ga todokanai")).isEqualTo("outlook de meeru ga todokanai");
    }
}
