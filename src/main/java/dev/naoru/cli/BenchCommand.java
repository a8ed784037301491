package dev.naoru.cli;

import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import dev.naoru.text.TokenizeFloor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code naoru bench}: in-process diagnose latency over the scenario texts (median, p90, p99 after
 * warm-up), its ratio to Kuromoji alone on the same texts (the floor), and the time from JVM start to
 * the first answer. Speed lives here, not in unit tests.
 */
@Command(name = "bench", description = "プロセス内の診断レイテンシ (中央値・p99) と起動から最初の回答までの時間を測ります。")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--warmup", description = "requests before measuring (default ${DEFAULT-VALUE})")
    int warmup = 50_000;

    @Option(names = "--requests", description = "measured requests (default ${DEFAULT-VALUE})")
    int requests = 100_000;

    @Option(names = "--cases", paramLabel = "FILE", arity = "1..*", description = "scenario files whose texts are the corpus (default: the KB's tests)")
    List<Path> cases = new ArrayList<>();

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the tokenizer's output goes, so the JIT cannot drop the floor's work. */
    static volatile int consumed;

    @Override
    public Integer call() {
        if (requests < 1) throw new CliException("--requests must be at least 1, got " + requests, 2);
        if (warmup < 0) throw new CliException("--warmup must be 0 or more, got " + warmup, 2);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Naoru naoru = kb.load();
        List<Path> files = cases;
        if (files.isEmpty()) {
            files = kb.kbDir().map(d -> ScenarioFile.filesIn(d.resolve("tests"))).orElse(List.of());
        }
        List<Request> corpus = new ArrayList<>();
        for (Path f : files) for (Scenario s : ScenarioFile.read(f)) corpus.add(s.request());
        if (corpus.isEmpty()) corpus.add(Request.of("iPhoneでメールを取得できませんと出る"));
        naoru.diagnose(corpus.get(0));
        long firstAnswerMs = System.currentTimeMillis() - jvmStart;

        // The rules memo as a stream of new messages meets it: each text once, in order.
        dev.naoru.rules.RuleSet.MemoStats before = naoru.snapshot().rules().memoStats();
        for (Request r : corpus) naoru.diagnose(r);
        dev.naoru.rules.RuleSet.MemoStats after = naoru.snapshot().rules().memoStats();
        long firstHits = after.hits() - before.hits();
        long firstRuns = firstHits + after.misses() - before.misses();

        // The floor: Kuromoji alone on the same texts, warmed and timed the same way.
        TokenizeFloor floor = new TokenizeFloor();
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            naoru.diagnose(corpus.get(i % corpus.size()));
            sink += floor.tokenize(corpus.get(i % corpus.size()).text());
        }
        long[] ns = new long[requests];
        long[] floorNs = new long[requests];
        for (int i = 0; i < requests; i++) {
            Request r = corpus.get(i % corpus.size());
            long t0 = System.nanoTime();
            naoru.diagnose(r);
            long t1 = System.nanoTime();
            sink += floor.tokenize(r.text());
            floorNs[i] = System.nanoTime() - t1;
            ns[i] = t1 - t0;
        }
        double mean = Arrays.stream(ns).average().orElse(0) / 1000.0;
        double floorMean = Arrays.stream(floorNs).average().orElse(0) / 1000.0;
        Arrays.sort(ns);
        Arrays.sort(floorNs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("corpus: %d texts; warm-up %d, measured %d requests, 1 thread%n", corpus.size(), warmup, requests);
        out.printf("diagnose latency: median %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs, mean %.1f µs%n",
                pct(ns, 50), pct(ns, 90), pct(ns, 99), ns[ns.length - 1] / 1000.0, mean);
        out.printf("tokenize floor (Kuromoji search mode alone, same texts): median %.1f µs, mean %.1f µs%n",
                pct(floorNs, 50), floorMean);
        consumed = sink;
        out.printf("diagnose / tokenize floor: %.2f× (means), %.2f× (medians)%n",
                mean / floorMean, pct(ns, 50) / pct(floorNs, 50));
        out.printf("rules memo: %d of %d texts reaching the rules found their facts' outcome on a first pass (%.1f %%); "
                        + "the timed requests repeat the corpus, so nearly all do (-Dnaoru.rules.memo=0 turns it off)%n",
                firstHits, firstRuns, firstRuns == 0 ? 0.0 : 100.0 * firstHits / firstRuns);
        out.printf("JVM start to first answer: %d ms (load of KB, Lucene index and KieBase included)%n", firstAnswerMs);
        return 0;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
