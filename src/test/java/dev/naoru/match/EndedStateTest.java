package dev.naoru.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The past or perfect that says a context is over, read from the text right after its marker word (the text after 「|」). */
class EndedStateTest {
    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            障害が終わっ|たのに                 ; true
            障害は復旧|しました                 ; true
            障害は復旧|済みです                 ; true
            障害が解消|されました               ; true
            障害はもう終わっ|てるのに           ; true
            障害は復旧|したって出てる           ; true
            障害が復旧|するまで待つ             ; false
            障害が終わっ|たら直りますか         ; false
            障害は終わっ|たかどうか分からない   ; false
            障害が復旧|したか確認したい         ; false
            障害は終わっ|たと思うけど           ; false
            障害は終わっ|た？                   ; false
            障害が終わっ|たり始まったり         ; false
            障害の復旧|を待っている             ; false
            障害が終わる|まで                   ; false
            障害は解消|されております           ; true
            障害自体は終わっ|てて               ; true
            障害が終わっ|たのかどうか           ; false
            障害は復旧|したみたい               ; false
            障害は終わっ|たっぽい               ; false
            障害は復旧|したらしい               ; false
            障害はもう大丈夫|になったんですが   ; true
            障害は大丈夫|になったら連絡します   ; false
            障害は大丈夫|？                     ; false
            障害は大丈夫|になってほしい         ; false
            """)
    void perfective(String text, boolean over) {
        int at = text.indexOf('|');
        assertThat(EndedState.perfective(text.replace("|", ""), at)).isEqualTo(over);
    }
}
