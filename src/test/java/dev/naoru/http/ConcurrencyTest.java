package dev.naoru.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 8 threads × 500 requests: every one answered 200 with the same body as when asked alone. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 500;
    private static final List<String> BODIES = List.of(
            "{\"text\":\"iPhoneでメールを取得できませんと出る\"}",
            "{\"text\":\"Macのメールでサーバーに接続できませんと表示される\"}",
            "{\"text\":\"Outlookでパスワードを何度も聞かれる。2ファクタ認証のコードも来ない\"}",
            "{\"text\":\"Androidでアカウントエラーになる\",\"answers\":{\"other-devices\":\"no\"}}",
            "{\"text\":\"ドコモメールで返信するとiCloudのアドレスから送られてしまう\"}",
            "{\"text\":\"メールが届かない。迷惑メールフォルダにもない\",\"device\":\"iphone\"}",
            "{\"text\":\"iCloudの容量がいっぱいと出てメールが受信できない\"}",
            "{\"text\":\"大きい添付ファイルを付けると送れない\"}",
            "{\"text\":\"プッシュ通知が来なくてメールが遅れて届く。低電力モードにしてる\"}",
            "{\"text\":\"パスワードは変えていないのにパスワードが違いますと出る。VPNは使っていません\"}",
            "{\"text\":\"メールがおかしい\"}",
            "{\"text\":\"メールを取得できません\",\"answers\":{\"device\":\"mac\",\"other-networks\":\"yes\"}}",
            "{\"text\":\"今日の天気を教えて\"}",
            "{\"text\":\"Apple IDにサインインできない。ロックされたみたい\"}",
            "{\"text\":\"機種変更してからメールが送信できない\",\"device\":\"android\"}",
            "{\"text\":\"特定の会社からのメールだけ届かない\"}");

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

    @Test
    void concurrentAnswersEqualSequentialOnes() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String b : BODIES) {
            HttpResponse<String> r = http.post("/v1/diagnose", b);
            assertThat(r.statusCode()).as(b).isEqualTo(200);
            expected.put(b, r.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    Http client = new Http(server.port());
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String b = BODIES.get((thread * 7 + i) % BODIES.size());
                        HttpResponse<String> r = client.post("/v1/diagnose", b);
                        if (r.statusCode() != 200 || !r.body().equals(expected.get(b))) {
                            mismatches.add(r.statusCode() + " for " + b);
                        }
                    }
                    return mismatches;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) all.addAll(f.get(5, TimeUnit.MINUTES));
            assertThat(all).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/metrics").body()).containsPattern(
                "naoru_http_requests_seconds_count\\{method=\"POST\",route=\"/v1/diagnose\",status=\"200\"} " + (THREADS * PER_THREAD + BODIES.size()));
    }
}
