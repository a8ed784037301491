package dev.naoru.match;

import dev.naoru.api.Snapshot;
import dev.naoru.api.TestNaoru;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Dialog;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The error-dialog catalogue (kb/dialogs.yaml) as the matcher uses it. */
@DisplayName("DialogMatcher")
class DialogMatcherTest {
    private static Snapshot snap;

    @BeforeAll
    static void load() {
        snap = TestNaoru.get().snapshot();
    }

    private static MatchResult match(String text) {
        return snap.matcher().match(snap.analyzer().analyze(text));
    }

    private static List<String> dialogs(String text) {
        return match(text).dialogs().stream().map(d -> d.dialog().id()).toList();
    }

    /** A catalogue text as a user pastes it: variables filled with what users have there. */
    private static String pasted(String text) {
        return text.replace("{account}", "“iCloud”").replace("{user}", "hanako.sato@icloud.com").replace("{address}", "\"sato@example.jp\"")
                .replace("{host}", "p52-imap.mail.me.com").replace("{code}", "0x800CCC0E").replace("{port}", "587")
                .replace("{task}", "iCloud - 受信中").replace("{server}", "“iCloud”");
    }

    @Test
    @DisplayName("every catalogue text, pasted with its variables filled, is found as its own dialog and states its facts")
    void everyTextMatchesItself() {
        SoftAssertions soft = new SoftAssertions();
        for (Dialog d : snap.kb().dialogs().dialogs()) {
            for (String t : d.texts()) {
                MatchResult m = match("こう出ます\n" + pasted(t) + "\nどうしたらいいですか");
                soft.assertThat(m.dialogs()).as("%s: %s", d.id(), t).anySatisfy(x -> assertThat(x.dialog().id()).isEqualTo(d.id()));
                soft.assertThat(m.symptoms().stream().map(FactMatch::id).toList()).as("%s symptoms", d.id()).containsAll(d.symptoms());
                d.device().filter(x -> x != DeviceId.IPHONE && x != DeviceId.MAC)
                        .ifPresent(x -> soft.assertThat(m.device()).as("%s device", d.id()).isEqualTo(Optional.of(x)));
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ユーザー名 taro でサーバー imap.mail.me.com へのログインに失敗しました。",
            "ユーザー名「taro」でサーバー「imap.mail.me.com」へのログインに失敗しました",
            "ユーザー名 taro で\nサーバー imap.mail.me.com への\nログインに失敗しました。",
            "ﾕｰｻﾞｰ名 taro でｻｰﾊﾞｰ ｉｍａｐ．ｍａｉｌ．ｍｅ．ｃｏｍ へのﾛｸﾞｲﾝに失敗しました",
            "ユーザ名 taro でサーバ imap.mail.me.com へのログインに失敗しました",
    })
    @DisplayName("quotes, line breaks, spaces, width and ー do not matter")
    void exactlyIsh(String text) {
        assertThat(dialogs(text)).containsExactly("thunderbird-login-failed");
        assertThat(match(text).device()).contains(DeviceId.OTHER_APP);
    }

    @Test
    @DisplayName("a variable holds a bounded stretch: the parts of a dialog far apart are no dialog")
    void variableBounded() {
        String far = "ユーザー名 " + "あ".repeat(80) + " でサーバー imap.mail.me.com へのログインに失敗しました";
        assertThat(dialogs(far)).doesNotContain("thunderbird-login-failed");
    }

    @Test
    @DisplayName("the longest dialog wins where texts overlap; the text around it is still read")
    void longestWins() {
        MatchResult m = match("受信 エラー (0x800CCC0E) が報告されました: 'サーバーに接続できません。このメッセージが引き続き表示される場合は、"
                + "サーバー管理者またはインターネット サービス プロバイダー (ISP) に問い合わせてください。' パスワードは先週変えました");
        assertThat(m.dialogs()).extracting(d -> d.dialog().id()).containsExactly("outlook-cannot-connect", "outlook-cannot-connect");
        assertThat(m.contexts()).extracting(FactMatch::id).contains("password-changed");
    }

    @Test
    @DisplayName("a dialog's words are hidden from the phrasings: they state only what the catalogue says")
    void masked() {
        MatchResult m = match("Outlookで「If you continue to receive this message, contact your server administrator or Internet service provider (ISP).」");
        assertThat(m.dialogs()).extracting(d -> d.dialog().id()).containsExactly("outlook-isp-advice");
        assertThat(m.analysis().tokens()).noneMatch(t -> t.surface().equals("administrator"));
    }

    @Test
    @DisplayName("a built-in Mail dialog names the device only when the text names none; an app's dialog names its app")
    void devicePrecedence() {
        String ios = "The mail server \"imap.mail.me.com\" is not responding.";
        assertThat(match(ios).device()).contains(DeviceId.IPHONE);
        assertThat(match("MacBookで " + ios).device()).contains(DeviceId.MAC);
        assertThat(match("iPhoneは普通。パソコンで 0x8019019a").device()).contains(DeviceId.OTHER_APP);
    }

    @Test
    @DisplayName("a host name names its provider: spmode.ne.jp is ドコモメール on an iPhone too")
    void hostNamesProvider() {
        assertThat(match("iPhoneで imap.spmode.ne.jp に接続できない").device()).contains(DeviceId.DOCOMO);
        assertThat(match("iPhoneで imap.mail.me.com に接続できない").device()).contains(DeviceId.IPHONE);
    }

    @Test
    @DisplayName("a pasted dialog is about mail even when the text names another service")
    void dialogIsInScope() {
        assertThat(match("LINEの写真を見ようとしたら Cannot Get Mail と出た").elsewhere()).isFalse();
    }

    @Test
    @DisplayName("a dialog the next words take back (「…は出ていません」「…は消えた」) states nothing, and its words stay hidden")
    void takenBack() {
        assertThat(ids(match("iPhoneで送信ができない。「メールを取得できません」は出ていません"))).containsExactly("cannot-send");
        assertThat(ids(match("「メールを取得できません」の表示は消えたけど、iPhoneで送信ができない"))).containsExactly("cannot-send");
        assertThat(ids(match("送信エラー(0x80042109)が出て送れない"))).contains("cannot-send");
        assertThat(ids(match("iPhoneで「メールを取得できません」が出て消えない"))).contains("cannot-fetch");
        assertThat(match("iPhoneで送信ができない。「メールを取得できません」は出ていません").discourse()).anyMatch(n -> n.contains("taken back"));
    }

    private static List<String> ids(MatchResult m) {
        return m.symptoms().stream().map(FactMatch::id).toList();
    }
}
