package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint's happy path, on one server over the project's KB. */
class ApiEndpointsTest {
    private static Naoru naoru;
    private static NaoruServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        naoru = TestKb.shared();
        server = new NaoruServer(naoru, ServerConfig.defaults(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void diagnoseAnswersTheContractResultOfTheLibrary() {
        String body = "{\"id\":\"c1\",\"text\":\"iPhoneでメールを取得できませんと出る\",\"answers\":{\"other-devices\":\"no\"}}";
        HttpResponse<String> r = http.post("/v1/diagnose", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode n = Http.json(r);
        assertThat(n.get("id").asText()).isEqualTo("c1");
        assertThat(n.get("status").asText()).isEqualTo("plan");
        assertThat(n.at("/device/id").asText()).isEqualTo("iphone");
        assertThat(n.at("/kb/version").asText()).isEqualTo(naoru.snapshot().version());
        assertThat(n).isEqualTo(Json.result(naoru.diagnose(Json.parseRequest(body))));
    }

    @Test
    void multiTurnRefinesWithTheAnswersSentBack() {
        JsonNode first = Http.json(http.post("/v1/diagnose", "{\"text\":\"メールを取得できません\"}"));
        assertThat(first.at("/device/source").asText()).isEqualTo("unknown");
        List<String> asked = new ArrayList<>();
        first.get("questions").forEach(q -> asked.add(q.get("id").asText()));
        assertThat(asked).contains("device");

        JsonNode second = Http.json(http.post("/v1/diagnose",
                "{\"text\":\"メールを取得できません\",\"answers\":{\"device\":\"outlook\",\"other-devices\":\"yes\"}}"));
        assertThat(second.at("/device/id").asText()).isEqualTo("outlook");
        assertThat(second.at("/device/source").asText()).isEqualTo("answered");
        List<String> causes = new ArrayList<>();
        second.get("causes").forEach(c -> causes.add(c.get("id").asText()));
        assertThat(causes).contains("server-outage");
        assertThat(second.get("questions").findValuesAsText("id")).doesNotContain("device", "other-devices");
    }

    @Test
    void batchAnswersInOrderWithErrorObjectsForBadItems() {
        String body = "[{\"id\":\"a\",\"text\":\"iPhoneでメールを取得できません\"},"
                + "{\"id\":\"b\",\"text\":\"\"},"
                + "{\"id\":7,\"text\":\"Outlookでパスワードを何度も聞かれる\",\"device\":\"outlook\"},"
                + "{\"id\":\"d\",\"text\":\"届かない\",\"device\":\"nokia\"},"
                + "\"not an object\","
                + "{\"id\":\"f\",\"text\":\"メールが届かない\",\"answers\":{\"other-devices\":\"maybe\"}}]";
        HttpResponse<String> r = http.post("/v1/diagnose/batch", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = Http.json(r);
        assertThat(a.size()).isEqualTo(6);
        assertThat(a.get(0).get("id").asText()).isEqualTo("a");
        assertThat(a.get(0).get("status").asText()).isEqualTo("plan");
        assertThat(a.get(1).get("id").asText()).isEqualTo("b");
        assertThat(a.get(1).at("/error/code").asText()).isEqualTo("text_empty");
        assertThat(a.get(1).at("/error/message").asText()).startsWith("item 2: ");   // counted from 1, like the CLI's lines
        assertThat(a.get(2).get("id").asText()).isEqualTo("7");
        assertThat(a.get(2).at("/device/source").asText()).isEqualTo("given");
        assertThat(a.get(3).at("/error/code").asText()).isEqualTo("unknown_device");
        assertThat(a.get(4).get("id").isNull()).isTrue();
        assertThat(a.get(4).at("/error/code").asText()).isEqualTo("invalid_request");
        assertThat(a.get(5).at("/error/code").asText()).isEqualTo("unknown_answer");
        assertThat(a.get(0)).isEqualTo(Json.result(naoru.diagnose(Request.of("iPhoneでメールを取得できません").withId("a"))));
        assertThat(Http.json(http.post("/v1/diagnose/batch", "[]")).size()).isZero();
    }

    @Test
    void explainTracesTheDiagnosis() {
        HttpResponse<String> r = http.post("/v1/explain", "{\"text\":\"iPhoneでメールを取得できません。VPNは使っていません\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = Http.json(r);
        assertThat(n.get("tokens").size()).isPositive();
        assertThat(n.get("rules_fired").size()).isPositive();
        assertThat(n.get("negations").size()).isPositive();
        assertThat(n.at("/result/status").asText()).isEqualTo("plan");
        assertThat(n.get("step_order").size()).isEqualTo(n.at("/result/steps").size());
    }

    @Test
    void kbDescribesWhatAClientUiNeeds() {
        HttpResponse<String> r = http.get("/v1/kb");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = Http.json(r);
        assertThat(n.get("version").asText()).isEqualTo(naoru.snapshot().version());
        assertThat(n.get("devices").findValuesAsText("id")).contains("iphone", "mac", "outlook", "android", "docomo", "other-app");
        assertThat(n.get("devices").findValuesAsText("name")).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(n.get("symptoms").findValuesAsText("id")).contains("cannot-fetch", "wrong-sender-address");
        assertThat(n.get("symptoms").findValuesAsText("label")).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(n.get("contexts").findValuesAsText("id")).contains("password-changed", "vpn-or-profile");
        assertThat(n.get("stages").findValuesAsText("id")).containsExactly("isolate", "refresh", "reauth", "reconfigure", "sender", "escalate");
        JsonNode readd = find(n.get("steps"), "readd-account");
        assertThat(readd.get("stage").asText()).isEqualTo("reconfigure");
        assertThat(readd.get("destructive").asBoolean()).isTrue();
        assertThat(readd.get("title").asText()).isNotBlank();
        JsonNode device = find(n.get("questions"), "device");
        assertThat(device.get("text").asText()).isNotBlank();
        assertThat(device.get("options").size()).isEqualTo(n.get("devices").size());
        assertThat(device.at("/option_labels/iphone").asText()).isNotBlank();
        assertThat(n.at("/counts/steps").asInt()).isEqualTo(n.get("steps").size());
        assertThat(n.at("/counts/rules").asInt()).isPositive();
        assertThat(n.at("/limits/max_text_chars").asInt()).isEqualTo(2000);

        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/v1/kb", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode x : array) if (x.get("id").asText().equals(id)) return x;
        throw new AssertionError("no " + id + " in " + array);
    }

    @Test
    void healthAndReadiness() {
        HttpResponse<String> h = http.get("/healthz");
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(Http.json(h).get("status").asText()).isEqualTo("ok");
        HttpResponse<String> r = http.get("/readyz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.json(r).get("status").asText()).isEqualTo("ready");
        assertThat(Http.json(r).get("kb_version").asText()).isEqualTo(naoru.snapshot().version());
    }

    @Test
    void metricsCountRequestsDiagnosesAndErrors() {
        http.post("/v1/diagnose", "{\"text\":\"iPhoneでメールを取得できません\"}");
        http.post("/v1/diagnose", "{\"text\":\"今日の天気は？\"}");
        http.post("/v1/diagnose", "{\"text\":\"\"}");
        HttpResponse<String> r = http.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body())
                .containsPattern("naoru_http_requests_seconds_count\\{method=\"POST\",route=\"/v1/diagnose\",status=\"200\"} \\d+")
                .containsPattern("naoru_http_requests_seconds_bucket\\{method=\"POST\",route=\"/v1/diagnose\",status=\"200\",le=\"0\\.005\"} \\d+")
                .containsPattern("naoru_diagnoses_total\\{status=\"plan\"} \\d+")
                .containsPattern("naoru_diagnoses_total\\{status=\"no_match\"} \\d+")
                .containsPattern("naoru_diagnoses_total\\{status=\"error\"} \\d+")
                .containsPattern("naoru_errors_total\\{code=\"text_empty\"} \\d+")
                .containsPattern("naoru_rules_memo_lookups\\{result=\"hit\"} \\d+")
                .containsPattern("naoru_rules_memo_lookups\\{result=\"miss\"} \\d+")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void theRulesMemoCountsAHitWhenTheSameFactsComeBack() {
        String text = "{\"text\":\"Outlookで送信できない、SMTPのエラー\",\"device\":\"outlook\"}";
        http.post("/v1/diagnose", text);
        double before = memo(http.get("/metrics").body(), "hit");
        http.post("/v1/diagnose", text);
        assertThat(memo(http.get("/metrics").body(), "hit")).isEqualTo(before + 1);
    }

    private static double memo(String metrics, String result) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("naoru_rules_memo_lookups\\{result=\"" + result + "\"} ([0-9.Ee+]+)")
                .matcher(metrics);
        assertThat(m.find()).as("naoru_rules_memo_lookups{result=%s} in /metrics", result).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void openApiDocumentIsServed() {
        HttpResponse<String> r = http.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Http.json(r).get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void playgroundIsServedFromTheJar() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"ja\">", "/app.js", "/style.css");
        assertThat(http.get("/app.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/app.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(http.get("/style.css").statusCode()).isEqualTo(200);
    }

    @Test
    void adminReloadIsNotRegisteredWithoutAToken() {
        assertThat(server.routes()).doesNotContain(new Route("POST", "/v1/admin/reload"));
        Http.assertProblem(http.post("/v1/admin/reload", "{}", "Authorization", "Bearer x"), 404, "not_found");
    }
}
