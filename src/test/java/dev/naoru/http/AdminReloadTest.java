package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static dev.naoru.http.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /v1/admin/reload: bearer token, unchanged, swapped after a valid edit, refused after a broken one. */
class AdminReloadTest {
    private static final String TOKEN = "admin-token-for-tests-0123456789";

    @TempDir
    static Path dir;
    private static NaoruServer server;
    private static Http http;
    private static SchemaCheck schemas;

    @BeforeAll
    static void start() throws Exception {
        TestKb.copyTo(dir);
        server = new NaoruServer(Naoru.load(dir.resolve("kb"), dir.resolve("rules")), ServerConfig.defaults(0).withAdminToken(TOKEN)).start();
        http = new Http(server.port());
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/public/openapi.json")) {
            schemas = new SchemaCheck(Json.MAPPER.readTree(in));
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> reload(String authorization) {
        return authorization == null ? http.send("POST", "/v1/admin/reload", null, null)
                : http.send("POST", "/v1/admin/reload", null, null, "Authorization", authorization);
    }

    @Test
    void unauthorizedWithoutTheRightBearerToken() {
        for (String auth : new String[]{null, "Bearer", "Bearer wrong", "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1),
                "Basic " + TOKEN, TOKEN}) {
            HttpResponse<String> r = reload(auth);
            assertProblem(r, 401, "unauthorized");
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        }
        assertThat(reload("bearer " + TOKEN).statusCode()).as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void reloadsUnchangedThenSwappedThenRefused() throws Exception {
        String v0 = Http.json(http.get("/v1/kb")).get("version").asText();
        HttpResponse<String> same = reload("Bearer " + TOKEN);
        assertThat(same.statusCode()).isEqualTo(200);
        JsonNode unchanged = Http.json(same);
        assertThat(unchanged.get("outcome").asText()).isEqualTo("unchanged");
        assertThat(unchanged.get("version").asText()).isEqualTo(v0);
        assertThat(schemas.check(unchanged, schemas.at("/components/schemas/ReloadOutcome"))).isEmpty();

        Path steps = dir.resolve("kb/steps.yaml");
        Files.writeString(steps, "\n# edited by AdminReloadTest\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        JsonNode swapped = Http.json(reload("Bearer " + TOKEN));
        assertThat(swapped.get("outcome").asText()).as("%s", swapped).isEqualTo("swapped");
        assertThat(swapped.get("previous").asText()).isEqualTo(v0);
        String v1 = swapped.get("version").asText();
        assertThat(v1).isNotEqualTo(v0);
        assertThat(Http.json(http.get("/v1/kb")).get("version").asText()).isEqualTo(v1);
        assertThat(Http.json(http.post("/v1/diagnose", "{\"text\":\"メールが届かない\"}")).at("/kb/version").asText()).isEqualTo(v1);

        String good = Files.readString(steps, StandardCharsets.UTF_8);
        Files.writeString(steps, "steps: [\n  - id: broken\n", StandardCharsets.UTF_8);
        HttpResponse<String> refused = reload("Bearer " + TOKEN);
        JsonNode problem = assertProblem(refused, 422, "reload_failed");
        assertThat(problem.get("detail").asText()).contains(v1);
        assertThat(problem.get("problems").size()).isPositive();
        assertThat(problem.get("problems").get(0).asText()).contains("steps.yaml");
        assertThat(Http.json(http.get("/v1/kb")).get("version").asText()).as("the old KB stays").isEqualTo(v1);
        HttpResponse<String> still = http.post("/v1/diagnose", "{\"text\":\"iPhoneでメールを取得できません\"}");
        assertThat(still.statusCode()).isEqualTo(200);
        assertThat(Http.json(still).at("/kb/version").asText()).isEqualTo(v1);

        Files.writeString(steps, good, StandardCharsets.UTF_8);
        assertThat(Http.json(reload("Bearer " + TOKEN)).get("outcome").asText()).isEqualTo("unchanged");
        assertThat(http.get("/metrics").body())
                .containsPattern("naoru_reloads_total\\{outcome=\"swapped\",trigger=\"admin\"} 1\\.0")
                .containsPattern("naoru_reloads_total\\{outcome=\"failed\",trigger=\"admin\"} 1\\.0")
                .containsPattern("naoru_errors_total\\{code=\"reload_failed\"} 1\\.0");
    }
}
