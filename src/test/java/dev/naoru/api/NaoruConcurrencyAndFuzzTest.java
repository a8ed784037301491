package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.maint.Scenario;
import dev.naoru.text.RandomText;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

@DisplayName("Naoru.diagnose under load and on any input")
class NaoruConcurrencyAndFuzzTest {
    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static String answer(Request r) {
        try {
            return Json.write(Json.result(naoru.diagnose(r)));
        } catch (RequestException e) {
            return "error " + e.code().id();
        }
    }

    @Test
    @DisplayName("8 threads × 200 diagnoses give the same results as sequential ones")
    void threadSafety() throws Exception {
        List<Request> corpus = new ArrayList<>();
        for (Scenario s : TestNaoru.scenarios()) corpus.add(s.request());
        DeviceId[] devs = DeviceId.values();
        for (int i = 0; i < 40; i++) corpus.add(corpus.get(i).withDevice(devs[i % devs.length]));
        List<String> expected = corpus.stream().map(NaoruConcurrencyAndFuzzTest::answer).toList();

        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 37;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int k = 0; k < perThread; k++) {
                        int i = (offset + k) % corpus.size();
                        String got = answer(corpus.get(i));
                        if (!got.equals(expected.get(i))) mismatches.add(corpus.get(i).text() + "\n  expected " + expected.get(i) + "\n  got      " + got);
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) all.addAll(f.get(5, TimeUnit.MINUTES));
            assertThat(all).as("results that differ from the sequential run").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("2,000 random texts (mixed scripts, emoji, control chars, lone surrogates, long): only RequestException, and a well-formed result otherwise")
    void fuzz() {
        long seed = 7_340_033L;
        Random rnd = new Random(seed);
        DeviceId[] devs = DeviceId.values();
        List<String> failures = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        int served = 0;
        for (int i = 0; i < 2000 && failures.size() < 5; i++) {
            String text = RandomText.next(rnd);
            Optional<DeviceId> dev = rnd.nextInt(3) == 0 ? Optional.of(devs[rnd.nextInt(devs.length)]) : Optional.empty();
            Map<String, String> answers = rnd.nextInt(4) == 0 ? Map.of("other-devices", rnd.nextBoolean() ? "yes" : "no") : Map.of();
            Request req = new Request(Optional.of("f" + i), text, dev, answers);
            try {
                Result r = naoru.diagnose(req);
                served++;
                if (i % 10 == 0) ResultShape.check(soft, "#" + i + " " + RandomText.escape(text), Json.MAPPER.readTree(Json.write(Json.result(r))));
            } catch (RequestException e) {
                if (!text.isBlank() && text.codePointCount(0, text.length()) <= Request.MAX_TEXT) {
                    failures.add("#" + i + " " + RandomText.escape(text) + ": unexpected " + e.code() + " " + e.getMessage());
                }
            } catch (Throwable t) {
                failures.add("#" + i + " " + RandomText.escape(text) + ": " + t);
            }
        }
        if (!failures.isEmpty()) fail("seed " + seed + ":\n" + String.join("\n", failures));
        soft.assertAll();
        assertThat(served).isGreaterThan(1500);
    }
}
