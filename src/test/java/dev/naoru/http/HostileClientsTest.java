package dev.naoru.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Slow, dead and broken clients (review D1, D2): they hold connections, never request threads, and get 4xx. */
@DisplayName("hostile clients")
class HostileClientsTest {
    private static NaoruServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0).withBodyTimeout(Duration.ofSeconds(3))).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static final String HEAD = "POST /v1/diagnose HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n";

    private static Socket open(String request) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(30_000);
        s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    private static String answer(Socket s) throws IOException {
        try (s; InputStream in = s.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("300 slow uploads: /healthz, /readyz and /v1/diagnose still answer at once; every slow client gets 408")
    void slowUploadsDoNotStarveTheServer() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) slow.add(open(HEAD + "Content-Length: 1000\r\n\r\n{\"text\":\""));
            for (int round = 0; round < 3; round++) {
                for (Socket s : slow) {
                    try {
                        OutputStream o = s.getOutputStream();
                        o.write('a');
                        o.flush();
                    } catch (IOException cutAlready) {
                        // the server may already have cut this slow client: that is the point
                    }
                }
                long t0 = System.nanoTime();
                assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
                assertThat(http.get("/readyz").statusCode()).isEqualTo(200);
                assertThat(http.post("/v1/diagnose", "{\"text\":\"iPhoneでメールが届かない\"}").statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));   // before the fix: every probe timed out at 10 s
                Thread.sleep(500);
            }
            for (Socket s : slow) assertThat(answer(s)).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    @DisplayName("a malformed chunk is 400 problem+json, never 500")
    void malformedChunk() throws Exception {
        String r = answer(open(HEAD + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n"));
        assertThat(r).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("internal");
    }

    @Test
    @DisplayName("a body that never comes is 408 after the body timeout")
    void bodyNeverComes() throws Exception {
        long t0 = System.nanoTime();
        String r = answer(open(HEAD + "Content-Length: 100\r\n\r\n"));
        assertThat(r).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("a client that aborts mid-body: no 500 counted, the server carries on")
    void abortMidBody() throws Exception {
        for (int i = 0; i < 5; i++) open(HEAD + "Content-Length: 100\r\n\r\n{\"text\":").close();
        Thread.sleep(300);
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.metrics().scrape()).doesNotContain("code=\"internal\"");
    }

    @Test
    @DisplayName("reload counters exist before any reload (D19)")
    void reloadMetricsAtStart() {
        assertThat(server.metrics().scrape()).contains("naoru_reloads_total{outcome=\"swapped\",trigger=\"watch\"} 0.0");
    }
}
