package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Fuzz over HTTP (fixed seed, a few seconds): never a 5xx, every error a problem+json, batches keep count and ids. */
@DisplayName("HTTP fuzz")
class HttpFuzzTest {
    private static NaoruServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0).withAccessLog(false)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("mutated complaints, random Unicode and raw bytes: no 5xx, problem+json for every refusal")
    void fuzz() throws Exception {
        Random rnd = new Random(20261203L);
        long deadline = System.nanoTime() + 3_000_000_000L;
        List<WireFuzz.Line> intact = new ArrayList<>();
        int n = 0;
        for (; n < 1500 && System.nanoTime() < deadline; n++) {
            WireFuzz.Line l = WireFuzz.next(rnd, n);
            boolean explain = n % 5 == 0;
            HttpResponse<String> r = post(explain ? "/v1/explain" : "/v1/diagnose", l.bytes());
            assertThat(r.statusCode()).as("status for %s: %s", new String(l.bytes()), r.body()).isLessThan(500);
            if (r.statusCode() == 200) {
                if (l.intact() && !explain) assertThat(Http.json(r).path("id").asText()).isEqualTo(l.id());
            } else {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(Http.json(r).path("code").asText()).isNotBlank().isNotEqualTo("internal");
            }
            if (l.intact()) intact.add(l);
        }
        assertThat(n).isGreaterThan(50);
        for (int from = 0; from < intact.size(); from += 100) {
            List<WireFuzz.Line> part = intact.subList(from, Math.min(intact.size(), from + 100));
            StringBuilder body = new StringBuilder("[");
            for (WireFuzz.Line l : part) body.append(body.length() > 1 ? "," : "").append(new String(l.bytes(), java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> r = post("/v1/diagnose/batch", body.append("]").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode a = Http.json(r);
            assertThat(a.size()).isEqualTo(part.size());
            for (int i = 0; i < part.size(); i++) assertThat(a.get(i).path("id").asText()).isEqualTo(part.get(i).id());
        }
        assertThat(server.metrics().scrape()).doesNotContain("code=\"internal\"");
    }
}
