package dev.naoru.api;

import dev.naoru.rules.RuleSet;
import dev.naoru.text.Analysis;
import dev.naoru.text.TokenizeFloor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The stages of {@link PipelineBench} timed in thread CPU time instead of wall time: on a machine shared
 * with other work a wall-clock figure swings by 2–5×, the CPU time this thread spent does not. Each round
 * runs every stage once over the whole corpus (stages interleaved, so the machine's state is shared alike);
 * the figure is the median round, per text. {@code tools/jmh --cpu [rounds]} runs it.
 */
public final class CpuStages {
    static volatile Object sink;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmRounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(args.length > 2 ? args[2] : ".*");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        BenchCorpus corpus = BenchCorpus.load();
        Snapshot snap = corpus.snap;
        List<Request> requests = corpus.requests;
        List<Analysis> analyses = corpus.analyses;
        TokenizeFloor floor = new TokenizeFloor();
        Map<String, IntConsumer> stages = new LinkedHashMap<>();
        int[] chars = new int[1];
        stages.put("tokenize", i -> chars[0] += floor.tokenize(requests.get(i).text()));
        stages.put("analyze", i -> sink = snap.analyzer().analyze(requests.get(i).text()));
        stages.put("match", i -> sink = snap.matcher().match(analyses.get(i)));
        stages.put("rules", i -> sink = corpus.rules(i));
        stages.put("plan", i -> sink = corpus.plan(i));
        stages.put("analyze+match", i -> sink = snap.matcher().match(snap.analyzer().analyze(requests.get(i).text())));
        stages.put("diagnose", i -> sink = snap.diagnose(requests.get(i)));
        // The same with the rules memo off: every request pays a rules session, as a fact set seen for the first time does.
        Snapshot noMemo = only.matcher("diagnose-nomemo").matches() ? BenchCorpus.withoutMemo() : null;
        if (noMemo != null) stages.put("diagnose-nomemo", i -> sink = noMemo.diagnose(requests.get(i)));
        stages.keySet().removeIf(k -> !k.equals("tokenize") && !only.matcher(k).matches());
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> alloc = new LinkedHashMap<>();
        stages.keySet().forEach(k -> cpu.put(k, new long[rounds]));
        stages.keySet().forEach(k -> alloc.put(k, new long[rounds]));
        com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
        long tid = Thread.currentThread().getId();
        int n = requests.size();
        for (int round = -warmRounds; round < rounds; round++) {
            for (var e : stages.entrySet()) {
                long a0 = amx.getThreadAllocatedBytes(tid);
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) e.getValue().accept(i);
                long t = mx.getCurrentThreadCpuTime() - t0;
                long a = amx.getThreadAllocatedBytes(tid) - a0;
                if (round >= 0) {
                    cpu.get(e.getKey())[round] = t;
                    alloc.get(e.getKey())[round] = a;
                }
            }
        }
        sink = chars[0];
        double floorUs = median(cpu.get("tokenize")) / 1000.0 / n;
        System.out.printf("thread CPU time per text, median of %d rounds over %d texts (after %d warm-up rounds):%n", rounds, n, warmRounds);
        RuleSet.MemoStats first = corpus.firstPass;
        System.out.printf("rules memo, one pass over the texts in order: %d of %d reaching the rules found their facts' outcome (%.1f %%);%n"
                + "  the timed rounds find all (diagnose); diagnose-nomemo runs a session every time%n",
                first.hits(), first.hits() + first.misses(), 100 * first.hitRate());
        for (var e : cpu.entrySet()) {
            double us = median(e.getValue()) / 1000.0 / n;
            System.out.printf("  %-9s %8.2f µs  %5.2f×  %7.1f KiB allocated%n", e.getKey(), us, us / floorUs,
                    median(alloc.get(e.getKey())) / 1024.0 / n);
        }
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
