package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A small HTTP/1.1 client for one server, with assertions for problem responses. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** POSTs JSON with {@code Content-Type: application/json}. */
    HttpResponse<String> post(String path, String json, String... headers) {
        return send("POST", path, "application/json", json, headers);
    }

    /** Any method, content type (null: none) and body (null: none). */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem with the status and stable code, and no stack trace; returns its body. */
    static JsonNode assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as("status of %s", r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("dev.naoru.");
        JsonNode n = json(r);
        assertThat(n.path("code").asText()).isEqualTo(code);
        assertThat(n.path("type").asText()).isEqualTo("urn:naoru:problem:" + code);
        assertThat(n.path("status").asInt()).isEqualTo(status);
        assertThat(n.path("title").asText()).isNotBlank();
        assertThat(n.path("detail").asText()).isNotBlank();
        return n;
    }
}
