package dev.naoru.match;

import dev.naoru.api.Snapshot;
import dev.naoru.api.TestNaoru;
import dev.naoru.kb.Fact;
import dev.naoru.kb.FactKind;
import dev.naoru.kb.Phrasing;
import dev.naoru.maint.Scenario;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("FactMatcher")
class FactMatcherTest {
    private static Snapshot snap;

    @BeforeAll
    static void load() {
        snap = TestNaoru.get().snapshot();
    }

    static MatchResult match(String text) {
        return snap.matcher().match(snap.analyzer().analyze(text));
    }

    static List<String> ids(List<FactMatch> ms) {
        return ms.stream().map(FactMatch::id).toList();
    }

    static Optional<FactMatch> context(MatchResult r, String id) {
        return r.contexts().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Nested
    @DisplayName("the right fact wins and the threshold holds")
    class Threshold {
        @Test
        @DisplayName("「ドコモ」 alone is no symptom and no context")
        void docomoAlone() {
            MatchResult r = match("ドコモ");
            assertThat(r.symptoms()).isEmpty();
            assertThat(r.contexts()).isEmpty();
            assertThat(r.device()).hasValue(dev.naoru.kb.DeviceId.DOCOMO);
        }

        @Test
        @DisplayName("「iPhoneでメールを取得できません」 gives cannot-fetch only, no docomo anything")
        void fetchOnly() {
            MatchResult r = match("iPhoneでメールを取得できません");
            assertThat(ids(r.symptoms())).containsExactly("cannot-fetch");
            assertThat(r.contexts()).isEmpty();
            assertThat(r.device()).hasValue(dev.naoru.kb.DeviceId.IPHONE);
            assertThat(r.symptoms().get(0).score()).isEqualTo(1.0);
            assertThat(r.symptoms().get(0).evidence()).contains("取得");
            assertThat(ids(r.topics())).noneMatch(id -> id.contains("docomo"));
        }

        @ParameterizedTest(name = "「{0}」 → no symptom")
        @DisplayName("single common words are below the threshold")
        @ValueSource(strings = {"メール", "iPhone", "パスワード", "サーバー", "取得", "アカウント", "エラー", "容量", "添付"})
        void singleWords(String text) {
            assertThat(match(text).symptoms()).isEmpty();
        }

        @ParameterizedTest(name = "「{0}」 → mail-missing")
        @DisplayName("a contracted negative 届かん is the mail-missing symptom")
        @ValueSource(strings = {"メールが届かん", "メールが全然届かん"})
        void todokan(String text) {
            assertThat(ids(match(text).symptoms())).contains("mail-missing");
        }

        @ParameterizedTest(name = "「{0}」 → {1}")
        @DisplayName("the symptom a contract message names wins")
        @CsvSource(delimiter = '|', textBlock = """
                メールを取得できません                  | cannot-fetch
                サーバーへの接続に失敗しました          | connection-failed
                サーバーに接続できません                | connection-failed
                アカウントエラーと表示される            | account-error
                パスワードが違いますと出る              | password-rejected
                iCloudのストレージがいっぱいです         | storage-full
                メールが送信できない                    | cannot-send
                """)
        void contractMessages(String text, String symptom) {
            assertThat(ids(match(text).symptoms())).contains(symptom);
        }

        @ParameterizedTest(name = "「{0}」 does not report {1}")
        @DisplayName("a symptom said in the negative is not reported")
        @CsvSource(delimiter = '|', textBlock = """
                エラーは出ていないし、メールは取得できている | cannot-fetch
                送信はできる                                | cannot-send
                """)
        void negatedSymptomNotReported(String text, String symptom) {
            assertThat(ids(match(text).symptoms())).doesNotContain(symptom);
        }

        @ParameterizedTest(name = "「{0}」 → no symptom")
        @DisplayName("a past-tense statement of something working is no symptom")
        @ValueSource(strings = {"メールを読んだ", "メールを読んで確認した"})
        void pastTenseReadIsNoSymptom(String text) {
            assertThat(match(text).symptoms()).isEmpty();
        }

        @Test
        @DisplayName("every match over all scenario texts scores within [threshold, 1]")
        void scoresRespectThreshold() {
            SoftAssertions soft = new SoftAssertions();
            for (Scenario s : TestNaoru.scenarios()) {
                MatchResult r = match(s.request().text());
                Stream.of(r.symptoms(), r.contexts(), r.topics()).flatMap(List::stream).forEach(m -> {
                    soft.assertThat(m.score()).as("%s %s", s.label(), m.id()).isBetween(FactMatcher.THRESHOLD, 1.0);
                    soft.assertThat(m.evidence()).as("%s %s evidence", s.label(), m.id()).isNotEmpty();
                });
                soft.assertThat(r.symptoms()).as("%s: symptoms are never negated", s.label()).noneMatch(FactMatch::negated);
                soft.assertThat(r.topics()).as("%s: topics are never negated", s.label()).noneMatch(FactMatch::negated);
            }
            soft.assertAll();
        }
    }

    @Nested
    @DisplayName("negation of contexts")
    class Negation {
        @ParameterizedTest(name = "「{0}」 → {1} negated")
        @CsvSource(delimiter = '|', textBlock = """
                VPNは使っていません                   | vpn-or-profile
                VPNは使ってない                       | vpn-or-profile
                VPNは特に使ってない                   | vpn-or-profile
                パスワードは変えていない              | password-changed
                パスワードを変えてない                | password-changed
                """)
        void negated(String text, String context) {
            MatchResult r = match(text);
            assertThat(context(r, context)).as("%s in %s", context, ids(r.contexts())).hasValueSatisfying(c -> assertThat(c.negated()).isTrue());
        }

        @ParameterizedTest(name = "「{0}」 → {1} positive")
        @CsvSource(delimiter = '|', textBlock = """
                パスワード変えたばかりでメール取得できない  | password-changed
                迷惑メールにも無い                          | not-in-spam
                迷惑メールにもない                          | not-in-spam
                迷惑メールフォルダにも入っていない          | not-in-spam
                VPNを使っている                             | vpn-or-profile
                iPhoneでもiPadでも届かない                  | other-devices-too
                """)
        void positive(String text, String context) {
            MatchResult r = match(text);
            assertThat(context(r, context)).as("%s in %s", context, ids(r.contexts())).hasValueSatisfying(c -> assertThat(c.negated()).isFalse());
        }

        @ParameterizedTest(name = "「{0}」 → other-devices-too negated or absent")
        @ValueSource(strings = {"他の端末は大丈夫", "他の端末は問題ない", "他の端末は普通に見れる", "Macは大丈夫なのにiPhoneで受信できない"})
        void otherDevicesFine(String text) {
            MatchResult r = match(text);
            assertThat(r.contexts()).filteredOn(c -> c.id().equals("other-devices-too")).allMatch(FactMatch::negated);
        }

        @ParameterizedTest(name = "「{0}」 → account-error present")
        @DisplayName("a negated verb of getting fixed does not negate the symptom")
        @ValueSource(strings = {"アカウントエラーが消えない", "アカウントエラーが直らない", "アカウントエラーがずっと消えません"})
        void blockers(String text) {
            assertThat(ids(match(text).symptoms())).contains("account-error");
        }

        @Test
        @DisplayName("a negation in another sentence does not reach the context")
        void negationStaysInItsClause() {
            MatchResult r = match("VPNを使っている。メールが届かない");
            assertThat(context(r, "vpn-or-profile")).hasValueSatisfying(c -> assertThat(c.negated()).isFalse());
        }
    }

    @Nested
    @DisplayName("every KB phrasing of a symptom, context or mail topic")
    class Phrasings {
        static Stream<Named<Object[]>> phrasings() {
            var kb = TestNaoru.get().snapshot().kb();
            return Stream.of(kb.symptoms(), kb.contexts(), kb.topics()).flatMap(List::stream)
                    .flatMap(f -> f.phrasings().stream().map(p -> Named.of(f.id() + " 「" + p.text() + "」 (" + p.where() + ")", new Object[]{f, p})));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("phrasings")
        @DisplayName("matches its own fact, positively, with full score")
        void matchesItself(Object[] fp) {
            Fact f = (Fact) fp[0];
            Phrasing p = (Phrasing) fp[1];
            MatchResult r = match(p.text());
            List<FactMatch> of = f.kind() == FactKind.SYMPTOM ? r.symptoms() : f.kind() == FactKind.CONTEXT ? r.contexts() : r.topics();
            assertThat(of).filteredOn(m -> m.id().equals(f.id())).as("%s in %s", f.id(), ids(of))
                    .singleElement().satisfies(m -> {
                        assertThat(m.negated()).as("negated").isFalse();
                        assertThat(m.score()).isEqualTo(1.0);
                    });
        }
    }
}
