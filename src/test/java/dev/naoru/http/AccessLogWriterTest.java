package dev.naoru.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log's writer: every line once, in each thread's order, off the caller; bounded; drained on stop. */
class AccessLogWriterTest {
    @Test
    void everyLineFromManyThreadsIsWrittenOnceAndStopWritesTheRest() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AccessLogWriter w = new AccessLogWriter(100_000, () -> sink);
        w.start();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 5_000; i++) w.write("t" + id + " " + i);
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        w.stop();
        List<String> lines = sink.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(20_000).doesNotHaveDuplicates();
        for (int t = 0; t < 4; t++) {
            String prefix = "t" + t + " ";
            List<Integer> seen = lines.stream().filter(l -> l.startsWith(prefix)).map(l -> Integer.parseInt(l.substring(prefix.length()))).toList();
            assertThat(seen).isSorted().hasSize(5_000);
        }
    }

    @Test
    void aLineShowsUpWithinAFewPeriodsWithoutAStop() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AccessLogWriter w = new AccessLogWriter(10, () -> sink);
        w.start();
        try {
            w.write("GET /healthz 200 0ms");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (sink.size() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("GET /healthz 200 0ms\n");
        } finally {
            w.stop();
        }
    }

    @Test
    void beyondTheLimitLinesAreCountedNotKept() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AccessLogWriter w = new AccessLogWriter(3, () -> sink);   // not started: nothing drains meanwhile
        for (int i = 0; i < 5; i++) w.write("line " + i);
        w.drain(sink);
        assertThat(sink.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("line 0", "line 1", "line 2", "[naoru.access] 2 lines dropped: more than 3 were waiting");
        w.write("line 5");   // room again once drained
        w.drain(sink);
        assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("waiting\nline 5\n");
    }
}
