package dev.naoru.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code naoru chat} driven from standard input, as a script or a test harness would. */
class ChatCliTest {
    private static final Pattern STEP = Pattern.compile("【手順 \\d+】(.+?)(  ⚠.*)?$", Pattern.MULTILINE);

    @Test
    void aUserForWhomNothingWorksIsHandedOverWithEveryStepTried() {
        StringBuilder script = new StringBuilder("Outlookでicloudのパスワードを何度も聞かれる。担当は佐藤一郎です\n");
        for (int i = 0; i < 40; i++) script.append("2\n");   // いいえ to questions, 解決しない to steps
        Cli.Run r = Cli.runWithInput(script.toString(), Cli.withKb("chat"));
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> titles = new ArrayList<>();
        Matcher m = STEP.matcher(r.out());
        while (m.find()) titles.add(m.group(1));
        assertThat(titles).as("steps offered").isNotEmpty().doesNotHaveDuplicates();
        assertThat(titles.get(0)).contains("アプリ用パスワード");
        String handoff = r.out().substring(r.out().indexOf("担当者に引き継ぎます"));
        assertThat(handoff).contains("【引き継ぎ】", "端末: Outlook", "試した手順", "次の対応").doesNotContain("佐藤一郎");
        for (String t : titles) assertThat(handoff).as("handoff lists %s", t).contains(t);
    }

    @Test
    void aFixEndsWithPreventionAndBadInputIsAskedAgain() {
        Cli.Run r = Cli.runWithInput("iPhoneでメールが受信できない\nたぶん\n2\n0\n9\n1\n", Cli.withKb("chat"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0〜2 の番号で答えてください。", "1〜3 の番号で答えてください。", "解決してよかったです");
    }

    @Test
    void endOfInputOrQStopsPolitely() {
        Cli.Run eof = Cli.runWithInput("iPhoneでメールを取得できません\n", Cli.withKb("chat"));
        assertThat(eof.exit()).isZero();
        assertThat(eof.out()).contains("【確認】").endsWith("Naoru: 終了します。\n");
        Cli.Run q = Cli.runWithInput("q\n", Cli.withKb("chat"));
        assertThat(q.exit()).isZero();
        Cli.Run empty = Cli.runWithInput("   \nメールが届かない\nq\n", Cli.withKb("chat"));
        assertThat(empty.out()).contains("'text' is empty");
    }

    @Test
    void diagnoseAndExplainTakeTriedSteps() {
        Cli.Run r = Cli.run(Cli.withKb("explain", "Outlookでパスワードを何度も聞かれる", "--tried", "reenter-password=not-fixed"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("tried: reenter-password=not-fixed", "ruled out by rule: reenter-failed-app-password-next");
        Cli.Run fixed = Cli.run(Cli.withKb("diagnose", "iPhoneでメールが届かない", "-t", "check-spam=fixed"));
        assertThat(fixed.out()).contains("解決しました", "解決した手順: check-spam");
        Cli.Run bad = Cli.run(Cli.withKb("diagnose", "iPhoneでメールが届かない", "--tried", "check-spam=yes"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly("naoru: --tried takes STEP=OUTCOME with OUTCOME one of fixed, not-fixed, cannot, e.g. check-network=not-fixed; got 'check-spam=yes'");
    }

    @Test
    void anUnknownDeviceIsAUsageError() {
        Cli.Run r = Cli.runWithInput("メールが届かない\n", Cli.withKb("chat", "--device", "nokia"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("naoru: unknown device 'nokia'; use one of iphone, mac");
    }
}
