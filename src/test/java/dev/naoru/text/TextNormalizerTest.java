package dev.naoru.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("TextNormalizer")
class TextNormalizerTest {

    @ParameterizedTest(name = "「{0}」 → 「{1}」")
    @DisplayName("canonical forms")
    @CsvSource(delimiter = '|', textBlock = """
            ｱｲｸﾗｳﾄﾞ            | アイクラウド
            ｱｲﾌｫﾝ               | アイフォン
            ﾒｰﾙｶﾞ届ｶﾅｲ          | メールガ届カナイ
            ＩＰＨＯＮＥ        | iphone
            ｉＣｌｏｕｄ        | icloud
            iPhone             | iphone
            wi-fi              | wifi
            Wi-Fi              | wifi
            WI-FI              | wifi
            Wi‑Fi              | wifi
            Wi–Fi              | wifi
            Ｗｉ－Ｆｉ          | wifi
            e-mail             | email
            i cloud            | icloud
            I Cloud            | icloud
            i phone            | iphone
            i pad              | ipad
            mac book           | macbook
            out look           | outlook
            メ\u200Bール        | メール
            メ〜ル              | メール
            できなぃ            | できない
            ですぅ              | ですう
            あいふぉん          | あいふぉん
            ふぉるだ            | ふぉるだ
            でぃすく            | でぃすく
            うぃんどうず        | うぃんどうず
            """)
    void canonicalForms(String raw, String expected) {
        assertThat(TextNormalizer.normalize(unescape(raw))).isEqualTo(expected);
    }

    @Test
    @DisplayName("～ (U+FF5E) is a long-vowel mark like 〜 (U+301C)")
    void fullwidthTilde() {
        assertThat(TextNormalizer.normalize("メ\uFF5Eル")).isEqualTo(TextNormalizer.normalize("メ\u301Cル")).isEqualTo("メール");
    }

    @ParameterizedTest(name = "「{0}」 stays 「{1}」")
    @DisplayName("words that only look like split product names are left alone")
    @CsvSource(delimiter = '|', textBlock = """
            ai cloud       | ai cloud
            hi phone       | hi phone
            i clouds       | i clouds
            3-4日           | 3-4日
            """)
    void notProductNames(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a dash between Latin letters is dropped, but a dash next to digits or kana is kept")
    void dashOnlyBetweenLatinLetters() {
        assertThat(TextNormalizer.normalize("wi-fiと4-5回")).isEqualTo("wifiと4-5回");
    }

    @ParameterizedTest(name = "「{0}」")
    @DisplayName("icloud.com stays one host: its dot is no sentence end")
    @CsvSource({"icloud.com", "iCloud.com", "ｉｃｌｏｕｄ．ｃｏｍ", "ICLOUD.COM"})
    void icloudComStaysOneHost(String raw) {
        String n = TextNormalizer.normalize(raw);
        assertThat(n).doesNotContain(".").doesNotContain(" ").startsWith("icloud").endsWith("com").hasSize("icloud.com".length());
    }

    @Test
    @DisplayName("a decimal point is no sentence end: 「5GBのうち4.9GB使用」 stays one clause")
    void decimalPointKept() {
        assertThat(TextNormalizer.normalize("5GBのうち4.9GB使用")).isEqualTo("5gbのうち4・9gb使用");
        assertThat(TextNormalizer.normalize("残り0.2GB。iPhone")).isEqualTo("残り0・2gb。iphone");
    }

    @Test
    @DisplayName("a real full stop after a word is kept (only a dot glued between letters is a host dot)")
    void fullStopKept() {
        assertThat(TextNormalizer.normalize("mail. iPhone")).isEqualTo("mail. iphone");
        assertThat(TextNormalizer.normalize("メールが来ない。iPhone")).isEqualTo("メールが来ない。iphone");
    }

    @Test
    @DisplayName("spaces: ideographic and repeated spaces collapse to one, ends stripped")
    void spaces() {
        assertThat(TextNormalizer.normalize("  メール\u3000\u3000が　\t届かない \n")).isEqualTo("メール が 届かない");
    }

    @ParameterizedTest(name = "「{0}」")
    @DisplayName("normalizing twice changes nothing")
    @CsvSource(delimiter = '|', textBlock = """
            ｱｲｸﾗｳﾄﾞのﾒｰﾙ
            i cloud . com
            Wi-Fi でも I Phone でも
            ＩＰＨＯＮＥ　と　Ｍａｃ　Ｂｏｏｋ
            icloud.com/mail
            """)
    void idempotent(String raw) {
        String once = TextNormalizer.normalize(raw);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @ParameterizedTest(name = "「{0}」 → 「{1}」")
    @DisplayName("each rewrite still runs when its character also stands where the quick check starts (index 0)")
    @CsvSource(delimiter = '|', textBlock = """
            .icloud.com             | .icloud・com
            ーとめーる               | ーとメール
            ios 18にした             | ios 最新版にした
            ipados 17にした          | ipados 最新版にした
            macos sonomaにした       | macos 最新版にした
            iosのせい               | iosのせい
            mac book と i phone     | macbook と iphone
            """)
    void rewritesBehindQuickChecks(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("empty text stays empty")
    void empty() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize(" \u3000 ")).isEmpty();
    }

    private static String unescape(String s) {
        return s.replace("\\u200B", "\u200B");
    }
}
