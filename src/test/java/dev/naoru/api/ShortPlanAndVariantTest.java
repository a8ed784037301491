package dev.naoru.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.kb.DeviceId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** FORMATS §2, §5, §7 through the public API: variants, the short chat plan, questions the text answers. */
@DisplayName("short plan, device variants and answered questions")
class ShortPlanAndVariantTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static Request req(String text) {
        return Request.of(text);
    }

    @Test
    @DisplayName("steps hold at most 6 by default, more_steps the rest; max_steps 0 gives the whole plan")
    void shortPlan() {
        Request r = req("iPhoneでメールを取得できません");
        Result shortPlan = naoru.diagnose(r);
        Result whole = naoru.diagnose(r.withMaxSteps(0));
        assertThat(shortPlan.steps()).hasSize(6);
        assertThat(shortPlan.moreSteps()).isNotEmpty();
        assertThat(whole.steps()).hasSize(shortPlan.steps().size() + shortPlan.moreSteps().size());
        JsonNode json = Json.result(shortPlan);
        assertThat(json.get("more_steps").size()).isEqualTo(shortPlan.moreSteps().size());
        assertThat(json.get("more_steps").get(0).has("instructions")).isTrue();
        assertThat(Json.result(whole).has("more_steps")).as("absent when the plan fits").isFalse();
    }

    @Test
    @DisplayName("max_steps in JSON: a whole number 0..100, else a clear invalid_request")
    void maxStepsParsing() {
        assertThat(Json.parseRequest("{\"text\": \"x\", \"max_steps\": 3}").maxSteps()).isEqualTo(3);
        assertThat(Json.parseRequest("{\"text\": \"x\"}").maxSteps()).isEqualTo(6);
        assertThat(Json.parseRequest("{\"text\": \"x\", \"max_steps\": null}").maxSteps()).isEqualTo(6);
        for (String bad : new String[]{"-1", "\"3\"", "2.5", "101"}) {
            RequestException e = catchThrowableOfType(RequestException.class, () -> Json.parseRequest("{\"text\": \"x\", \"max_steps\": " + bad + "}"));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("'max_steps' must be a whole number from 0");
        }
    }

    @Test
    @DisplayName("the fixing step of a named cause is within the first three")
    void fixFirst() {
        assertThat(naoru.diagnose(req("iCloudストレージがいっぱいと出てから、iPhoneでメールを受信できない")).stepIds().subList(0, 3)).contains("check-storage");
        assertThat(naoru.diagnose(req("Outlookで二段階認証にしたらパスワードが違うと言われる")).stepIds().subList(0, 3)).contains("app-password");
        assertThat(naoru.diagnose(req("パスワードを変えたらiPhoneのメールがアカウントエラー")).stepIds().subList(0, 3)).contains("reenter-password");
    }

    @Test
    @DisplayName("a forgotten password gets account recovery, never a sign-out or an account deletion")
    void forgottenPassword() {
        Result r = naoru.diagnose(req("Apple IDのパスワードを忘れてiPhoneのメールが見れない").withMaxSteps(0));
        assertThat(r.stepIds()).contains("recover-account").doesNotContain("resign-in", "readd-account");
        assertThat(r.stepIds().subList(0, 3)).contains("recover-account");
    }

    @Test
    @DisplayName("variant: named in the text, answered, or the default; reported in device.variant")
    void variants() {
        Result named = naoru.diagnose(req("新しいOutlookでicloudのパスワードを何度も聞かれる"));
        assertThat(named.deviceVariant()).hasValue("new");
        assertThat(Json.result(named).get("device").get("variant").asText()).isEqualTo("new");
        Result answered = naoru.diagnose(new Request(Optional.empty(), "icloudのパスワードを何度も聞かれる", Optional.of(DeviceId.OUTLOOK),
                Map.of("device-variant", "mac")));
        assertThat(answered.deviceVariant()).hasValue("mac");
        assertThat(answered.questions()).extracting(Result.QuestionAsked::id).doesNotContain("device-variant");
        Result dflt = naoru.diagnose(req("Outlookでicloudのパスワードを何度も聞かれる"));
        assertThat(dflt.deviceVariant()).hasValue("classic");
        Result iphone = naoru.diagnose(req("iPhoneでメールを取得できません"));
        assertThat(iphone.deviceVariant()).isEmpty();
        assertThat(Json.result(iphone).get("device").has("variant")).isFalse();
    }

    @Test
    @DisplayName("device-variant is asked only when the plan's texts differ between the variants, with that device's variants as options")
    void variantQuestionOnlyWhenItMatters() {
        Result docomo = naoru.diagnose(req("ドコモメールがアカウントエラーになる"));
        boolean differs = docomo.steps().stream().anyMatch(p -> naoru.snapshot().kb().step(p.id()).orElseThrow().variesOn(DeviceId.DOCOMO))
                || docomo.moreSteps().stream().anyMatch(p -> naoru.snapshot().kb().step(p.id()).orElseThrow().variesOn(DeviceId.DOCOMO));
        assertThat(docomo.questions().stream().anyMatch(q -> q.id().equals("device-variant"))).isEqualTo(differs);
        docomo.questions().stream().filter(q -> q.id().equals("device-variant")).findFirst()
                .ifPresent(q -> assertThat(q.options()).containsExactly("iphone", "android"));
        Result named = naoru.diagnose(req("Androidのドコモメールアプリでアカウントエラーになる"));
        assertThat(named.deviceVariant()).hasValue("android");
        assertThat(named.questions()).extracting(Result.QuestionAsked::id).doesNotContain("device-variant");
    }

    @ParameterizedTest(name = "「{0}」")
    @DisplayName("a context the text states, positive or negated, answers its question")
    @ValueSource(strings = {"パスワードは変えてないのにiPhoneでアカウントエラーが出る", "最近パスワードを変えたらOutlookでパスワードが違うと言われる"})
    void answeredNotAsked(String text) {
        assertThat(naoru.diagnose(req(text)).questions()).extracting(Result.QuestionAsked::id).doesNotContain("password-changed");
    }

    @Test
    @DisplayName("explain lists a step the outage safety net dropped")
    void explainListsDropped() {
        Request r = new Request(Optional.empty(), "iPhoneでアカウントエラーが出る", Optional.empty(), Map.of("other-devices", "yes"));
        Explanation e = naoru.explain(r);
        assertThat(naoru.diagnose(r.withMaxSteps(0)).stepIds()).doesNotContain("resign-in", "unlock-account", "readd-account");
        assertThat(e.suppressed()).anyMatch(s -> s.startsWith("resign-in"));
    }
}
