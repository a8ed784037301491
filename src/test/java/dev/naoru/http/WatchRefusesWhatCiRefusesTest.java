package dev.naoru.http;

import dev.naoru.api.Naoru;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --watch runs the same check suite as validate, test and CI: a phrasing under two symptoms, a duplicate
 * YAML key and a rule without a focused test are each refused, and the old version keeps serving.
 */
class WatchRefusesWhatCiRefusesTest {
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

    private static void awaitRefusals(int n) throws InterruptedException {
        Pattern p = Pattern.compile("naoru_reloads_total\\{outcome=\"failed\",trigger=\"watch\"} " + n + "\\.0");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!p.matcher(http.get("/metrics").body()).find()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for refusal " + n);
            Thread.sleep(100);
        }
    }

    @Test
    void eachMistakeIsRefusedAndTheOldVersionKeepsServing() throws Exception {
        String v0 = version();
        Path extra = dir.resolve("rules/extra.yaml");
        Files.writeString(extra, "rules:\n  - name: extra-rule\n    when: {symptoms_any: [cannot-send]}\n"
                + "    then: {steps: {check-network: 50}}\n", StandardCharsets.UTF_8);
        awaitRefusals(1);
        assertThat(version()).isEqualTo(v0);

        Files.writeString(extra, "rules:\n  - name: extra-rule\n    when: {symptoms_any: [cannot-send]}\n"
                + "    when: {device_in: [mac]}\n    then: {steps: {check-network: 50}}\n", StandardCharsets.UTF_8);
        awaitRefusals(2);
        assertThat(version()).isEqualTo(v0);
        Files.delete(extra);

        Path symptoms = dir.resolve("kb/symptoms.yaml");
        String s = Files.readString(symptoms, StandardCharsets.UTF_8);
        int at = s.indexOf("    phrasings:\n", s.indexOf("  - id: connection-failed")) + "    phrasings:\n".length();
        Files.writeString(symptoms, s.substring(0, at) + "      - メールを取得できません\n" + s.substring(at), StandardCharsets.UTF_8);
        awaitRefusals(3);
        assertThat(version()).isEqualTo(v0);
        assertThat(Http.json(http.post("/v1/diagnose", "{\"text\":\"iPhoneでメールを取得できません\"}")).at("/kb/version").asText()).isEqualTo(v0);
    }
}
