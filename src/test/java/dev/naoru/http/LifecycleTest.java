package dev.naoru.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Graceful stop, the access log, and refusing --watch without folders. */
class LifecycleTest {
    @Test
    void stopLetsRequestsInFlightFinish() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        NaoruServer server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0), app -> app.get("/test/slow", ctx -> {
            inside.countDown();
            Thread.sleep(1500);
            ctx.result("done");
        })).start();
        int port = server.port();
        Http http = new Http(port);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.get("/test/slow"));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        server.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("stop waited for the request").isGreaterThan(Duration.ofMillis(500));
        HttpResponse<String> r = slow.get(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("done");
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        server.stop(); // idempotent
    }

    @Test
    void accessLogHasMethodPathStatusAndLatencyButNotTheText() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String log;
        NaoruServer server = null;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0)).start();   // the log writer takes stderr at start
            Http http = new Http(server.port());
            assertThat(http.post("/v1/diagnose", "{\"text\":\"山田太郎です。iPhoneでメールを取得できません\"}").statusCode()).isEqualTo(200);
            assertThat(http.get("/nope").statusCode()).isEqualTo(404);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            do {
                Thread.sleep(50);
                log = captured.toString(StandardCharsets.UTF_8);
            } while (!log.contains("GET /nope") && System.nanoTime() < deadline);
        } finally {
            System.setErr(original);
            if (server != null) server.stop();
        }
        assertThat(log).containsPattern("\\[naoru\\.access] POST /v1/diagnose 200 \\d+ms")
                .containsPattern("\\[naoru\\.access] GET /nope 404 \\d+ms")
                .doesNotContain("山田").doesNotContain("メール");
    }

    @Test
    void watchNeedsFolders() {
        dev.naoru.api.Naoru fromJar = dev.naoru.api.Naoru.loadDefault();
        assertThatThrownBy(() -> new NaoruServer(fromJar, ServerConfig.defaults(0).withWatch(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kb");
    }
}
