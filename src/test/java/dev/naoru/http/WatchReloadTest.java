package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Naoru;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** --watch: a valid edit is swapped in, a broken one is refused while the server keeps answering. */
class WatchReloadTest {
    @TempDir
    static Path dir;
    private static NaoruServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        TestKb.copyTo(dir);
        Naoru naoru = Naoru.load(dir.resolve("kb"), dir.resolve("rules"));
        server = new NaoruServer(naoru, ServerConfig.defaults(0).withWatch(Duration.ofMillis(200))).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String version() {
        return Http.json(http.get("/v1/kb")).get("version").asText();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    private static boolean metric(String pattern) {
        return java.util.regex.Pattern.compile(pattern).matcher(http.get("/metrics").body()).find();
    }

    @Test
    void validEditIsSwappedInAndBrokenEditIsRefused() throws Exception {
        String v0 = version();
        Path rules = dir.resolve("rules");
        Path ruleFile;
        try (var files = Files.list(rules)) {
            ruleFile = files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(ruleFile, "\n# edited by WatchReloadTest\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        await("the edited rules to be swapped in", () -> !version().equals(v0));
        String v1 = version();
        assertThat(Http.json(http.post("/v1/diagnose", "{\"text\":\"メールが届かない\"}")).at("/kb/version").asText()).isEqualTo(v1);
        assertThat(metric("naoru_reloads_total\\{outcome=\"swapped\",trigger=\"watch\"} 1\\.0")).isTrue();

        Path symptoms = dir.resolve("kb/symptoms.yaml");
        String good = Files.readString(symptoms, StandardCharsets.UTF_8);
        Files.writeString(symptoms, "symptoms:\n  - id: [unclosed\n", StandardCharsets.UTF_8);
        await("the broken KB to be refused", () -> metric("naoru_reloads_total\\{outcome=\"failed\",trigger=\"watch\"} 1\\.0"));
        assertThat(version()).as("the old KB stays").isEqualTo(v1);
        HttpResponse<String> r = http.post("/v1/diagnose", "{\"text\":\"iPhoneでメールを取得できません\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = Http.json(r);
        assertThat(n.get("status").asText()).isEqualTo("plan");
        assertThat(n.at("/kb/version").asText()).isEqualTo(v1);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(200);

        Files.writeString(symptoms, good, StandardCharsets.UTF_8);
        await("the repaired KB to be checked", () -> metric("naoru_reloads_total\\{outcome=\"unchanged\",trigger=\"watch\"} 1\\.0"));
        assertThat(version()).isEqualTo(v1);
    }
}
