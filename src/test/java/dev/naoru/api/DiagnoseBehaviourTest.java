package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Stage;
import dev.naoru.plan.PlanStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Naoru.diagnose: devices, answers and status")
class DiagnoseBehaviourTest {
    private static final String VAGUE = "メールの調子がおかしい";
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static List<String> questions(Result r) {
        return r.questions().stream().map(Result.QuestionAsked::id).toList();
    }

    private static List<String> causes(Result r) {
        return r.causes().stream().map(Result.CauseFound::id).toList();
    }

    @ParameterizedTest(name = "「{0}」")
    @DisplayName("no device given or detected: device null, source unknown, question `device` asked, device-independent steps")
    @ValueSource(strings = {"メールが届かない", "メールを取得できません", "迷惑メールにも無い", "パスワードを変えたら受信できない"})
    void unknownDevice(String text) {
        Result r = naoru.diagnose(Request.of(text));
        assertThat(r.device()).isEmpty();
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.UNKNOWN);
        assertThat(questions(r)).contains("device");
        assertThat(r.stepIds()).doesNotContain("app-password", "reinstall-docomo-profile");
        // the instructions are the default text
        var kb = naoru.snapshot().kb();
        for (PlanStep s : r.steps()) assertThat(s.instructions()).isEqualTo(kb.stepsById().get(s.id()).instructions().get("default"));
    }

    @Test
    @DisplayName("a detected device: source detected, `device` not asked")
    void detected() {
        Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません"));
        assertThat(r.device()).hasValue(DeviceId.IPHONE);
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.DETECTED);
        assertThat(questions(r)).doesNotContain("device");
    }

    @Test
    @DisplayName("a device given wins over the detected one, with a warning")
    void givenWins() {
        Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません").withDevice(DeviceId.OUTLOOK));
        assertThat(r.device()).hasValue(DeviceId.OUTLOOK);
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.GIVEN);
        assertThat(r.warnings()).singleElement().asString().contains("iphone").contains("outlook");
        assertThat(r.stepIds()).contains("app-password");
    }

    @Test
    @DisplayName("a device given that matches the text gives no warning")
    void givenSame() {
        Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません").withDevice(DeviceId.IPHONE));
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.GIVEN);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    @DisplayName("answers.device: source answered, and the question is not asked again")
    void answeredDevice() {
        Result r = naoru.diagnose(Request.of("メールが届かない").withAnswers(Map.of("device", "android")));
        assertThat(r.device()).hasValue(DeviceId.ANDROID);
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.ANSWERED);
        assertThat(questions(r)).doesNotContain("device");
    }

    @Test
    @DisplayName("a device given wins over answers.device")
    void givenOverAnswered() {
        Result r = naoru.diagnose(Request.of("メールが届かない").withDevice(DeviceId.MAC).withAnswers(Map.of("device", "android")));
        assertThat(r.device()).hasValue(DeviceId.MAC);
        assertThat(r.deviceSource()).isEqualTo(DeviceSource.GIVEN);
    }

    @ParameterizedTest(name = "「{0}」 + {1}=yes → server-outage")
    @DisplayName("other-devices / other-networks = yes → the outage rule applies")
    @CsvSource(delimiter = '|', textBlock = """
            メールが届かない                   | other-devices
            iPhoneでメールを取得できません     | other-devices
            サーバーへの接続に失敗しました     | other-networks
            アカウントエラーが消えない         | other-devices
            """)
    void outageFromAnswers(String text, String question) {
        Result before = naoru.diagnose(Request.of(text));
        Result r = naoru.diagnose(Request.of(text).withAnswers(Map.of(question, "yes")));
        assertThat(causes(r)).contains("server-outage");
        assertThat(r.stepIds()).contains("wait-for-recovery").doesNotContain("readd-account", "reset-network-settings");
        assertThat(r.stepIds().get(0)).isIn("check-system-status", "try-webmail");
        assertThat(questions(r)).doesNotContain(question);
        assertThat(causes(before)).doesNotContain("server-outage");
    }

    @Test
    @DisplayName("other-devices = no → context negated, no outage")
    void otherDevicesNo() {
        Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません").withAnswers(Map.of("other-devices", "no")));
        assertThat(r.contexts()).filteredOn(c -> c.id().equals("other-devices-too")).singleElement()
                .satisfies(c -> assertThat(c.negated()).isTrue());
        assertThat(causes(r)).doesNotContain("server-outage");
    }

    @Test
    @DisplayName("a vague mail text is clarify and asks error-message; answering cannot-fetch gives a plan")
    void errorMessageAnswer() {
        Result vague = naoru.diagnose(Request.of(VAGUE));
        assertThat(vague.status()).isEqualTo(Status.CLARIFY);
        assertThat(questions(vague)).contains("error-message");
        Result r = naoru.diagnose(Request.of(VAGUE).withAnswers(Map.of("error-message", "cannot-fetch")));
        assertThat(r.status()).isEqualTo(Status.PLAN);
        assertThat(r.symptoms()).extracting(Result.SymptomFound::id).contains("cannot-fetch");
        assertThat(r.steps()).isNotEmpty();
        assertThat(questions(r)).doesNotContain("error-message");
    }

    @Test
    @DisplayName("error-message = none on a vague text stays clarify")
    void errorMessageNone() {
        Result r = naoru.diagnose(Request.of(VAGUE).withAnswers(Map.of("error-message", "none")));
        assertThat(r.status()).isIn(Status.CLARIFY, Status.PLAN);
        assertThat(r.symptoms()).isEmpty();
    }

    @Test
    @DisplayName("password-changed = yes → reenter-password is the first reauth step")
    void passwordChangedAnswer() {
        Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません").withAnswers(Map.of("password-changed", "yes")));
        List<String> reauth = r.steps().stream().filter(s -> s.stage() == Stage.REAUTH).map(PlanStep::id).toList();
        assertThat(reauth).first().isEqualTo("reenter-password");
    }

    @ParameterizedTest(name = "「{0}」 → no_match")
    @DisplayName("texts not about mail: no_match, no steps, no questions")
    @ValueSource(strings = {"今日の天気は晴れですか", "写真が消えた", "LINEのトーク履歴を引き継ぎたい", "😀😀😀"})
    void noMatch(String text) {
        Result r = naoru.diagnose(Request.of(text));
        assertThat(r.status()).isEqualTo(Status.NO_MATCH);
        assertThat(r.steps()).isEmpty();
        assertThat(r.questions()).isEmpty();
        assertThat(r.causes()).isEmpty();
    }

    @Test
    @DisplayName("the same request gives byte-identical JSON every time (a text with one symptom, causes from several rules)")
    void deterministic() {
        Request r = Request.of("Outlookでアカウントエラー、二段階認証を使っている");
        String first = Json.write(Json.result(naoru.diagnose(r)));
        for (int i = 0; i < 50; i++) assertThat(Json.write(Json.result(naoru.diagnose(r)))).isEqualTo(first);
    }

    @Test
    @DisplayName("every scenario diagnosed twice gives byte-identical JSON (because lists included)")
    void deterministicOverScenarios() {
        for (dev.naoru.maint.Scenario sc : TestNaoru.scenarios()) {
            String first = Json.write(Json.result(naoru.diagnose(sc.request())));
            assertThat(Json.write(Json.result(naoru.diagnose(sc.request())))).as(sc.label()).isEqualTo(first);
        }
    }
}
