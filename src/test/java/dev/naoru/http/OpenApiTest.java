package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** openapi.json describes exactly the server: the same routes, and every answer fits its documented schema. */
class OpenApiTest {
    private static final String DIAGNOSE = "{\"id\":\"c1\",\"text\":\"iPhoneでメールを取得できませんと出る\",\"answers\":{\"other-devices\":\"no\"}}";
    /** A request for each route; a new route needs one here (the test fails until it has). */
    private static final Map<Route, String> SAMPLE = Map.of(
            new Route("GET", "/"), "", new Route("GET", "/healthz"), "", new Route("GET", "/readyz"), "",
            new Route("GET", "/metrics"), "", new Route("GET", "/openapi.json"), "", new Route("GET", "/v1/kb"), "",
            new Route("POST", "/v1/diagnose"), DIAGNOSE,
            new Route("POST", "/v1/diagnose/batch"), "[" + DIAGNOSE + ",{\"id\":\"c2\",\"text\":\"\"}]",
            new Route("POST", "/v1/explain"), DIAGNOSE,
            new Route("POST", "/v1/admin/reload"), "");

    private static NaoruServer server;
    private static Http http;
    private static JsonNode doc;
    private static SchemaCheck schemas;

    @BeforeAll
    static void start() throws Exception {
        // With a token, so the admin route is registered (it is only called without one here: 401).
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0).withAdminToken("openapi-test-token-123")).start();
        http = new Http(server.port());
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/public/openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        schemas = new SchemaCheck(doc);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Set<Route> documented() {
        Set<Route> routes = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fieldNames().forEachRemaining(m -> routes.add(new Route(m.toUpperCase(Locale.ROOT), path.getKey())));
        }
        return routes;
    }

    @Test
    void everyDocumentedRouteIsServedAndViceVersa() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(documented()).containsExactlyInAnyOrderElementsOf(server.routes());
        for (Route r : documented()) {
            HttpResponse<String> res = call(r);
            assertThat(res.statusCode()).as("%s is served", r).isNotIn(404, 405);
        }
    }

    @Test
    void everyAnswerFitsItsDocumentedResponse() {
        for (Route r : server.routes()) {
            HttpResponse<String> res = call(r);
            JsonNode op = doc.at("/paths/" + r.path().replace("/", "~1") + "/" + r.method().toLowerCase(Locale.ROOT));
            JsonNode declared = op.path("responses").path(Integer.toString(res.statusCode()));
            if (declared.isMissingNode()) declared = op.path("responses").path("default");
            assertThat(declared.isMissingNode()).as("%s answered %d, which is not documented", r, res.statusCode()).isFalse();
            if (declared.has("$ref")) declared = doc.at(declared.get("$ref").asText().substring(1));
            String type = res.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            JsonNode media = declared.path("content").path(type);
            assertThat(media.isMissingNode()).as("%s answered %s, documented %s", r, type, declared.path("content")).isFalse();
            if (type.endsWith("json")) {
                assertThat(schemas.check(Http.json(res), media.get("schema"))).as("%s %s", r, res.body()).isEmpty();
            }
        }
    }

    private static HttpResponse<String> call(Route r) {
        String body = SAMPLE.get(r);
        assertThat(body).as("OpenApiTest.SAMPLE needs a request for %s", r).isNotNull();
        return r.method().equals("GET") ? http.get(r.path()) : http.post(r.path(), body.isEmpty() ? "{}" : body);
    }

    @Test
    void resultsOfEveryKindFitTheResultSchema() {
        List<String> texts = List.of("iPhoneでメールを取得できませんと出る", "メールがおかしい", "今日の天気を教えて",
                "Outlookでアカウントエラー。パスワードは変えていないし、VPNも使っていません",
                "ドコモメールで送信元がiCloudのアドレスになってしまう", "容量がいっぱいでメールが届かない",
                "迷惑メールフォルダにもないのに特定の会社からのメールだけ届かない");
        JsonNode result = schemas.at("/components/schemas/Result");
        List<String> errors = new ArrayList<>();
        for (String t : texts) {
            for (String answers : List.of("", ",\"answers\":{\"device\":\"android\",\"other-networks\":\"yes\",\"error-message\":\"none\"}",
                    ",\"tried\":{\"check-network\":\"not-fixed\",\"reenter-password\":\"cannot\"}",
                    ",\"tried\":{\"check-network\":\"not-fixed\",\"restart-device\":\"fixed\"}")) {
                HttpResponse<String> r = http.post("/v1/diagnose", "{\"text\":\"" + t + "\"" + answers + "}");
                assertThat(r.statusCode()).isEqualTo(200);
                errors.addAll(schemas.check(Http.json(r), result));
                errors.addAll(schemas.check(Http.json(http.post("/v1/explain", "{\"text\":\"" + t + "\"" + answers + "}")),
                        schemas.at("/components/schemas/Explanation")));
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void everyErrorCodeIsDocumented() {
        List<String> codes = new ArrayList<>();
        doc.at("/components/schemas/Problem/properties/code/enum").forEach(c -> codes.add(c.asText()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(dev.naoru.api.ErrorCode.values()).map(dev.naoru.api.ErrorCode::id).toList());
        List<String> itemCodes = new ArrayList<>();
        doc.at("/components/schemas/ItemError/properties/error/properties/code/enum").forEach(c -> itemCodes.add(c.asText()));
        assertThat(itemCodes).isEqualTo(codes);
    }
}
