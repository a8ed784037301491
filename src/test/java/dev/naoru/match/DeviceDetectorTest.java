package dev.naoru.match;

import dev.naoru.api.Snapshot;
import dev.naoru.api.TestNaoru;
import dev.naoru.kb.DeviceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("DeviceDetector")
class DeviceDetectorTest {
    private static Snapshot snap;

    @BeforeAll
    static void load() {
        snap = TestNaoru.get().snapshot();
    }

    private static MatchResult match(String text) {
        return snap.matcher().match(snap.analyzer().analyze(text));
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            iPhoneでメールを取得できません               | iphone
            ｱｲﾌｫﾝでメールが見れない                     | iphone
            ＩＰＨＯＮＥ                                 | iphone
            i phoneで受信できない                        | iphone
            iPadで届かない                               | iphone
            iOSを上げてから届かない                      | iphone
            マックのメールが受信できない                 | mac
            MacBookで送信できない                        | mac
            mac book                                    | mac
            アウトルックでアカウントエラー               | outlook
            Outlookでパスワードを聞かれ続ける            | outlook
            Galaxyでicloudメールが届かない               | android
            Xperiaのメールアプリ                         | android
            アンドロイドで受信できない                   | android
            Pixelでパスワードが違うと出る                | android
            ドコモメールが届かない                       | docomo
            dアカウントでログインできない                | docomo
            iphonのメール通知こない                      | iphone
            あいぱっどでめーるがみれない                  | iphone
            まっくのメールがおかしい                     | mac
            ぎゃらくしーでicloudめーるが来ない           | android
            あんどろいどのメールで受信できない           | android
            """)
    void detects(String text, String device) {
        assertThat(match(text).device()).hasValue(DeviceId.parse(device).orElseThrow());
    }

    @ParameterizedTest(name = "「{0}」 → docomo")
    @DisplayName("docomo wins over iPhone, whichever comes first")
    @ValueSource(strings = {"iPhoneのドコモメールが届かない", "ドコモメールをiPhoneで見ている", "iPhoneでdocomoのメールを受信できない",
            "iPadもiPhoneもドコモメールが見れない"})
    void docomoWins(String text) {
        assertThat(match(text).device()).hasValue(DeviceId.DOCOMO);
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @DisplayName("a device said to work there is not the device in trouble")
    @CsvSource(delimiter = '|', textBlock = """
            iPadは普通に見れるのにiPhoneだけ             | iphone
            iPhoneは大丈夫だけどMacで受信できない         | mac
            Macは正常、iPhoneで受信できない               | iphone
            """)
    void worksThereSkipped(String text, String device) {
        assertThat(match(text).device()).hasValue(DeviceId.parse(device).orElseThrow());
    }

    @Test
    @DisplayName("「Macは問題ないのにiPhoneで受信できない」 → iphone")
    void mondaiNai() {
        assertThat(match("Macは問題ないのにiPhoneで受信できない").device()).hasValue(DeviceId.IPHONE);
    }

    @Test
    @DisplayName("a device that is said not to be fine is still the one in trouble")
    void notFine() {
        assertThat(match("iPhoneは大丈夫じゃない").device()).hasValue(DeviceId.IPHONE);
    }

    @ParameterizedTest(name = "「{0}」 → none")
    @DisplayName("no device without a cue")
    @ValueSource(strings = {"メールが届かない", "パスワードを変えたら受信できない", "迷惑メールにも無い"})
    void none(String text) {
        MatchResult r = match(text);
        assertThat(r.device()).isEmpty();
        assertThat(r.deviceMentions()).isEmpty();
    }

    @Test
    @DisplayName("mentions are reported in text order with their cue")
    void mentionsInOrder() {
        MatchResult r = match("iPadは普通に見れるのにiPhoneだけ");
        assertThat(r.deviceMentions()).extracting(DeviceMention::cue).containsExactly("ipad", "iphone");
        assertThat(r.deviceMentions()).extracting(DeviceMention::worksThere).containsExactly(true, false);
        assertThat(r.deviceMentions().get(0).clause()).isLessThan(r.deviceMentions().get(1).clause());
    }

    @Test
    @DisplayName("each mention carries its role: works there, gone, backstory, focus")
    void roles() {
        MatchResult r = match("去年Pixelに乗り換えました。Outlookじゃなくてthunderbirdです。iPadは普通に読めてます。困ってるのはMacで");
        assertThat(r.deviceMentions()).extracting(DeviceMention::role).containsExactly(DeviceMention.Role.BACKSTORY,
                DeviceMention.Role.GONE, DeviceMention.Role.PLAIN, DeviceMention.Role.FINE, DeviceMention.Role.FOCUS);
        assertThat(r.device()).hasValue(DeviceId.MAC);
    }

    @ParameterizedTest(name = "「{0}」 → {1}")
    @DisplayName("another mail app is other-app on a computer or an iPhone, android on Android; docomo and Outlook still win")
    @CsvSource(delimiter = '|', textBlock = """
            Thunderbirdでicloudのメールが受信できない              | other-app
            Windowsのメールアプリでicloudが見れない                 | other-app
            iPhoneのGmailアプリにicloudを入れたら同期しない          | other-app
            MacでSparkを使っていてicloudのパスワードを聞かれる       | other-app
            Becky!でiCloudから受信できない                        | other-app
            メールソフトでicloudに接続できない                      | other-app
            AndroidのGmailアプリでicloudが同期できない              | android
            ドコモメールをThunderbirdで見ている                    | docomo
            OutlookとThunderbirdの両方で受信できない               | outlook
            iPhoneのメールで受信できない                           | iphone
            """)
    void otherApp(String text, String device) {
        assertThat(match(text).device()).hasValue(DeviceId.parse(device).orElseThrow());
    }

    @ParameterizedTest(name = "「{0}」 → {1} {2}")
    @DisplayName("the variant of the app a text names; none named → empty (the default is chosen later)")
    @CsvSource(delimiter = '|', textBlock = """
            新しいOutlookでicloudが受信できない             | outlook | new
            従来のOutlookでパスワードを聞かれる             | outlook | classic
            MacのOutlookでicloudが同期しない               | outlook | mac
            iPhoneのOutlookアプリでicloudメールが受信できない | outlook | mobile
            Androidのドコモメールアプリで受信できない        | docomo  | android
            iPhoneのドコモメールが届かない                  | docomo  | iphone
            Outlookでicloudが受信できない                   | outlook | -
            iPhoneは大丈夫だけどOutlookで受信できない        | outlook | -
            """)
    void variants(String text, String device, String variant) {
        MatchResult r = match(text);
        assertThat(r.device()).hasValue(DeviceId.parse(device).orElseThrow());
        assertThat(r.variantNamed(r.device().orElseThrow())).isEqualTo(variant.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(variant));
    }
}
