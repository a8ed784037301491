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
            障害は既に解消|されています         ; true
            障害は解消|されていません           ; false
            障害は大丈夫|になったら連絡します   ; false
            障害は大丈夫|？                     ; false
            障害は大丈夫|になってほしい         ; false
            """)
    void perfective(String text, boolean over) {
        int at = text.indexOf('|');
        assertThat(EndedState.perfective(text.replace("|", ""), at)).isEqualTo(over);
    }

    @ParameterizedTest(name = "「{0}」 ends a statement → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            もう解消|されています。                 ; true
            もう復旧|したって公式が言ってる         ; true
            もう復旧|したそうです                   ; true
            既に解消|されております。               ; true
            もう復旧|したんですが                   ; true
            もう解決|した人もいるみたい             ; false
            もう復旧|した端末もある                 ; false
            """)
    void endsStatement(String text, boolean ends) {
        int at = text.indexOf('|');
        assertThat(EndedState.endsStatement(text.replace("|", ""), at)).isEqualTo(ends);
    }

    @ParameterizedTest(name = "「{0}」 ({1}) → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            障害は対応|されています      ; 対応 ; false
            障害は対応|している          ; 対応 ; false
            障害は対応|しました          ; 対応 ; true
            障害は対応|済みです          ; 対応 ; true
            障害は解消|されています      ; 解消 ; true
            """)
    void aDoingInProgressIsNotOver(String text, String marker, boolean over) {
        int at = text.indexOf('|');
        assertThat(EndedState.perfective(text.replace("|", ""), at, marker)).isEqualTo(over);
    }
}

