package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Collections;

import static dev.naoru.http.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error code as an RFC 9457 problem with its status. (unauthorized and reload_failed are
 * in {@link AdminReloadTest}.)
 */
class ErrorsTest {
    private static NaoruServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0), app -> app.get("/test/boom", ctx -> {
            throw new IllegalStateException("secret detail that must not leak");
        })).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void invalidJson() {
        assertThat(assertProblem(http.post("/v1/diagnose", "{\"text\": "), 400, "invalid_json").get("detail").asText()).contains("line 1");
        assertProblem(http.post("/v1/diagnose", ""), 400, "invalid_json");
        assertProblem(http.post("/v1/diagnose", "{\"text\":\"a\"} trailing"), 400, "invalid_json");
        assertProblem(http.post("/v1/explain", "nope"), 400, "invalid_json");
        assertProblem(http.post("/v1/diagnose/batch", "[{]"), 400, "invalid_json");
        assertProblem(http.post("/v1/diagnose/batch", "[" + "[".repeat(5000) + "]".repeat(5000) + "]"), 400, "json_too_complex");
    }

    @Test
    void invalidRequestForWrongTypesAndShapes() {
        assertProblem(http.post("/v1/diagnose", "[]"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": 5}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"a\", \"device\": 1}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"a\", \"answers\": [\"yes\"]}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"a\", \"answers\": {\"other-devices\": true}}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"a\", \"id\": {}}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"a\", \"mood\": \"angry\"}"), 400, "invalid_request");
        assertProblem(http.post("/v1/diagnose/batch", "{\"text\": \"a\"}"), 400, "invalid_request");
    }

    @Test
    void textMissingEmptyOrTooLong() {
        assertProblem(http.post("/v1/diagnose", "{\"id\": \"x\"}"), 400, "text_missing");
        assertProblem(http.post("/v1/diagnose", "{\"text\": null}"), 400, "text_missing");
        JsonNode empty = assertProblem(http.post("/v1/diagnose", "{\"id\": \"e1\", \"text\": \"  \"}"), 400, "text_empty");
        assertThat(empty.get("id").asText()).as("the request id is echoed").isEqualTo("e1");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"" + "あ".repeat(2001) + "\"}"), 400, "text_too_long");
        assertThat(http.post("/v1/diagnose", "{\"text\": \"" + "メールが届かない".repeat(250) + "\"}").statusCode())
                .as("exactly 2,000 characters is allowed").isEqualTo(200);
        assertProblem(http.post("/v1/explain", "{\"text\": \"\"}"), 400, "text_empty");
    }

    @Test
    void unknownDeviceOrAnswer() {
        assertThat(assertProblem(http.post("/v1/diagnose", "{\"text\": \"届かない\", \"device\": \"nokia\"}"), 400, "unknown_device")
                .get("detail").asText()).contains("iphone");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"届かない\", \"answers\": {\"color\": \"blue\"}}"), 400, "unknown_answer");
        assertProblem(http.post("/v1/diagnose", "{\"text\": \"届かない\", \"answers\": {\"other-devices\": \"maybe\"}}"), 400, "unknown_answer");
        assertProblem(http.post("/v1/explain", "{\"text\": \"届かない\", \"answers\": {\"device\": \"nokia\"}}"), 400, "unknown_answer");
    }

    @Test
    void bodyTooLarge() {
        String big = "{\"text\": \"" + "あ".repeat(30_000) + "\"}";
        assertProblem(http.post("/v1/diagnose", big), 413, "body_too_large");
        assertProblem(http.post("/v1/explain", big), 413, "body_too_large");
        String bigBatch = "[" + String.join(",", Collections.nCopies(60, "{\"text\": \"" + "あ".repeat(6_000) + "\"}")) + "]";
        assertThat(bigBatch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(1024 * 1024);
        // A batch over 1 MiB is batch_too_large, as README and OpenAPI say (D13).
        assertProblem(http.post("/v1/diagnose/batch", bigBatch), 413, "batch_too_large");
    }

    @Test
    void batchTooLarge() {
        String batch = "[" + String.join(",", Collections.nCopies(101, "{\"text\": \"届かない\"}")) + "]";
        assertThat(assertProblem(http.post("/v1/diagnose/batch", batch), 413, "batch_too_large").get("detail").asText()).contains("100");
    }

    @Test
    void unsupportedMediaType() {
        String body = "{\"text\": \"届かない\"}";
        assertProblem(http.send("POST", "/v1/diagnose", "text/plain", body), 415, "unsupported_media_type");
        assertProblem(http.send("POST", "/v1/diagnose", null, body), 415, "unsupported_media_type");
        assertProblem(http.send("POST", "/v1/diagnose", "application/x-www-form-urlencoded", "text=a"), 415, "unsupported_media_type");
        assertProblem(http.send("POST", "/v1/diagnose/batch", "application/json; charset=iso-8859-1", "[]"), 415, "unsupported_media_type");
        assertProblem(http.send("POST", "/v1/explain", "text/json", body), 415, "unsupported_media_type");
        assertProblem(http.send("POST", "/v1/diagnose", "application/json", body, "Content-Encoding", "gzip"), 415, "unsupported_media_type");
        assertThat(http.send("POST", "/v1/diagnose", "Application/JSON; charset=UTF-8", body).statusCode()).isEqualTo(200);
    }

    @Test
    void notFound() {
        assertProblem(http.get("/nope"), 404, "not_found");
        assertProblem(http.get("/v1/diagnoses"), 404, "not_found");
        assertProblem(http.post("/v2/diagnose", "{}"), 404, "not_found");
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        HttpResponse<String> r = http.get("/v1/diagnose");
        assertProblem(r, 405, "method_not_allowed");
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        assertProblem(http.send("PUT", "/v1/diagnose/batch", "application/json", "[]"), 405, "method_not_allowed");
        assertProblem(http.send("DELETE", "/v1/kb", null, null), 405, "method_not_allowed");
        HttpResponse<String> kb = http.post("/v1/kb", "{}");
        assertProblem(kb, 405, "method_not_allowed");
        assertThat(kb.headers().firstValue("Allow")).hasValue("GET");
        assertProblem(http.post("/healthz", "{}"), 405, "method_not_allowed");
        assertProblem(http.post("/", "{}"), 405, "method_not_allowed");
        assertProblem(http.post("/app.js", "{}"), 405, "method_not_allowed");
    }

    @Test
    void internalErrorsHideTheirCause() {
        JsonNode n = assertProblem(http.get("/test/boom"), 500, "internal");
        assertThat(n.get("detail").asText()).doesNotContain("secret").contains("ref ");
    }

    @Test
    void malformedHttpIsAProblemToo() throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.setSoTimeout(5000);
            String raw = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"code\":\"invalid_request\"")
                    .doesNotContain("<html").doesNotContain("\tat ");
        }
    }
}
