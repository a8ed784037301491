package dev.naoru.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.kb.DeviceId;
import dev.naoru.maint.Scenario;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Json: the contract's Result and error shapes")
class JsonContractTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static JsonNode json(Request r) throws Exception {
        // through text and back, as a client sees it
        return Json.MAPPER.readTree(Json.write(Json.result(naoru.diagnose(r))));
    }

    @Test
    @DisplayName("every field of the example result, with the example's values")
    void example() throws Exception {
        Request r = Json.parseRequest("{\"id\": \"c1\", \"text\": \"iPhoneでメールを取得できませんと出る\", \"device\": \"iphone\", "
                + "\"answers\": {\"other-devices\": \"no\"}}");
        JsonNode o = json(r);
        SoftAssertions soft = new SoftAssertions();
        ResultShape.check(soft, "c1", o);
        soft.assertThat(o.get("id").asText()).isEqualTo("c1");
        soft.assertThat(o.get("status").asText()).isEqualTo("plan");
        soft.assertThat(o.at("/device/id").asText()).isEqualTo("iphone");
        soft.assertThat(o.at("/device/source").asText()).isEqualTo("given");
        soft.assertThat(o.at("/symptoms/0/id").asText()).isEqualTo("cannot-fetch");
        soft.assertThat(o.get("contexts").findValuesAsText("id")).contains("other-devices-too");
        soft.assertThat(o.get("causes").findValuesAsText("id")).doesNotContain("server-outage");
        soft.assertThat(o.get("steps").size()).isPositive();
        soft.assertThat(o.get("questions").findValuesAsText("id")).doesNotContain("other-devices", "device");
        soft.assertThat(o.at("/kb/version").asText()).isEqualTo(naoru.snapshot().version());
        soft.assertAll();
        // the negated answer context is reported negated
        JsonNode other = null;
        for (JsonNode c : o.get("contexts")) if (c.get("id").asText().equals("other-devices-too")) other = c;
        assertThat(other).isNotNull();
        assertThat(other.get("negated").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("every scenario's result (and with each device given) has the contract shape")
    void allScenarios() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Scenario s : TestNaoru.scenarios()) {
            JsonNode o = json(s.request());
            ResultShape.check(soft, s.label(), o);
            soft.assertThat(o.get("id").asText()).as("%s: id carried", s.label()).isEqualTo(s.id());
            for (DeviceId d : DeviceId.values()) ResultShape.check(soft, s.label() + " " + d.id(), json(s.request().withDevice(d)));
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("a request without id gives \"id\": null")
    void nullId() throws Exception {
        JsonNode o = json(Request.of("メールが届かない"));
        assertThat(o.has("id")).isTrue();
        assertThat(o.get("id").isNull()).isTrue();
    }

    @Test
    @DisplayName("no_match has no steps and asks nothing")
    void noMatch() throws Exception {
        JsonNode o = json(Request.of("今日の天気は晴れですか"));
        assertThat(o.get("status").asText()).isEqualTo("no_match");
        assertThat(o.get("steps")).isEmpty();
        assertThat(o.get("questions")).isEmpty();
        SoftAssertions soft = new SoftAssertions();
        ResultShape.check(soft, "no_match", o);
        soft.assertAll();
    }

    @Test
    @DisplayName("error object: {id, error: {code, message}} with the snake_case code")
    void errorShape() {
        ObjectNode e = Json.error(Optional.of("x1"), ErrorCode.TEXT_TOO_LONG, "too long");
        assertThat(Json.write(e)).isEqualTo("{\"id\":\"x1\",\"error\":{\"code\":\"text_too_long\",\"message\":\"too long\"}}");
        assertThat(Json.error(Optional.empty(), ErrorCode.INVALID_JSON, "m").get("id").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Json.idOf finds the id of a line that is at least an object with one")
    @ValueSource(strings = {"{\"id\":\"a7\",\"text\":5}", "{\"id\":\"a7\",\"device\":\"nokia\",\"text\":\"x\"}", "{\"id\":\"a7\"}"})
    void idOf(String line) {
        assertThat(Json.idOf(line)).hasValue("a7");
    }

    @ParameterizedTest(name = "「{0}」")
    @DisplayName("Json.idOf is empty for malformed lines and objects without id")
    @ValueSource(strings = {"{\"id\":\"a7\",", "not json", "[1,2]", "{\"text\":\"x\"}", "{\"id\":null}", ""})
    void idOfNone(String line) {
        assertThat(Json.idOf(line)).isEmpty();
    }

    @Test
    @DisplayName("parseRequest reads every field of the contract request")
    void parseRequest() {
        Request r = Json.parseRequest("{\"id\": 42, \"text\": \"メールが届かない\", \"device\": \"outlook\", \"answers\": {\"other-devices\": \" yes \"}}");
        assertThat(r.id()).hasValue("42");
        assertThat(r.text()).isEqualTo("メールが届かない");
        assertThat(r.device()).hasValue(DeviceId.OUTLOOK);
        assertThat(r.answers()).isEqualTo(Map.of("other-devices", "yes"));
        Request minimal = Json.parseRequest("{\"text\": \"メール\"}");
        assertThat(minimal.id()).isEmpty();
        assertThat(minimal.device()).isEmpty();
        assertThat(minimal.answers()).isEmpty();
        Request nulls = Json.parseRequest("{\"id\": null, \"text\": \"メール\", \"device\": null, \"answers\": null}");
        assertThat(nulls.device()).isEmpty();
    }

    @Test
    @DisplayName("explain carries the same result as diagnose")
    void explainSameResult() {
        Request r = Request.of("パスワード変えたばかりでメール取得できない").withDevice(DeviceId.OUTLOOK);
        Explanation e = naoru.explain(r);
        assertThat(Json.write(Json.result(e.result()))).isEqualTo(Json.write(Json.result(naoru.diagnose(r))));
        ObjectNode o = e.toJson();
        assertThat(o.get("tokens").size()).isPositive();
        assertThat(o.get("rules_fired").size()).isPositive();
        assertThat(o.get("step_order").size()).isEqualTo(e.result().steps().size());
        assertThat(e.toText()).contains("status: plan");
    }
}
