package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.naoru.http.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Guided troubleshooting over HTTP: the client keeps text, answers and tried, the server nothing. */
class GuidedHttpTest {
    private static NaoruServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String body(String text, Map<String, String> tried) {
        StringBuilder t = new StringBuilder();
        tried.forEach((k, v) -> t.append(t.length() == 0 ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
        return "{\"text\":\"" + text + "\",\"answers\":{\"password-changed\":\"no\"},\"tried\":{" + t + "}}";
    }

    @Test
    void aClientReportingNotFixedReachesEscalateThenAFixResolves() {
        Map<String, String> tried = new LinkedHashMap<>();
        List<String> offered = new ArrayList<>();
        JsonNode r = Http.json(http.post("/v1/diagnose", body("Outlookでicloudのパスワードを何度も聞かれる", tried)));
        for (int turn = 0; turn < 40 && !r.get("status").asText().equals("escalate"); turn++) {
            String step = r.at("/steps/0/id").asText();
            assertThat(offered).doesNotContain(step);
            offered.add(step);
            tried.put(step, "not-fixed");
            r = Http.json(http.post("/v1/diagnose", body("Outlookでicloudのパスワードを何度も聞かれる", tried)));
            assertThat(r.has("handoff")).isTrue();
        }
        assertThat(r.get("status").asText()).isEqualTo("escalate");
        assertThat(offered.get(0)).isEqualTo("app-password");
        JsonNode h = r.get("handoff");
        assertThat(h.get("device").asText()).isEqualTo("outlook");
        List<String> handedTried = new ArrayList<>();
        h.get("tried").fieldNames().forEachRemaining(handedTried::add);
        assertThat(handedTried).containsExactlyElementsOf(tried.keySet());
        assertThat(h.get("answers").get("password-changed").asText()).isEqualTo("no");

        tried.put("contact-support", "fixed");
        JsonNode done = Http.json(http.post("/v1/diagnose", body("Outlookでicloudのパスワードを何度も聞かれる", tried)));
        assertThat(done.get("status").asText()).isEqualTo("resolved");
        assertThat(done.get("resolved_by").asText()).isEqualTo("contact-support");
        assertThat(done.get("steps")).isEmpty();
        assertThat(done.has("handoff")).isFalse();
    }

    @Test
    void badTriedIsA400WithTheEntryNamed() {
        JsonNode p = assertProblem(http.post("/v1/diagnose", "{\"text\":\"届かない\",\"tried\":{\"reboot\":\"not-fixed\"}}"), 400, "unknown_tried");
        assertThat(p.get("detail").asText()).startsWith("tried.reboot: unknown step 'reboot'");
        p = assertProblem(http.post("/v1/diagnose", "{\"text\":\"届かない\",\"tried\":{\"check-network\":\"yes\"}}"), 400, "unknown_tried");
        assertThat(p.get("detail").asText()).isEqualTo("tried.check-network: 'yes' is not an outcome; use one of fixed, not-fixed, cannot");
        assertProblem(http.post("/v1/diagnose", "{\"text\":\"届かない\",\"tried\":\"check-network\"}"), 400, "invalid_request");
    }
}
