package dev.naoru.api;

import dev.naoru.text.Analysis;
import dev.naoru.text.TokenizeFloor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Naoru's pipeline stage by stage on a fixed corpus (the texts of {@code eval/holdout-style*.yaml}),
 * next to Kuromoji alone on the same texts (the floor). Every call handles the next text of the corpus,
 * round and round, so a figure is the average per text, and a stage's figure divided by {@code tokenize}'s
 * is its cost in multiples of reading the text once; {@code tools/jmh} prints those ratios.
 *
 * <p>The stages add up to {@code diagnose}: {@code rules} and {@code plan} run only for the texts that
 * reach them (a text out of scope stops after matching), as in a real request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// tools/jmh prepends the C2 inlining budgets of tools/jit-options (those of Naoru's long-running JVMs).
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class PipelineBench {
    private BenchCorpus corpus;
    private TokenizeFloor floor;
    private int cursor;

    @Setup
    public void load() {
        corpus = BenchCorpus.load();
        floor = new TokenizeFloor();
    }

    /** The next corpus text: each benchmark call handles one, round the corpus. */
    private int next() {
        int i = cursor;
        cursor = i + 1 == corpus.size() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public int tokenize() {
        return floor.tokenize(corpus.requests.get(next()).text());
    }

    @Benchmark
    public Analysis analyze() {
        return corpus.snap.analyzer().analyze(corpus.requests.get(next()).text());
    }

    @Benchmark
    public Object match() {
        return corpus.snap.matcher().match(corpus.analyses.get(next()));
    }

    @Benchmark
    public Object rules() {
        return corpus.rules(next());
    }

    @Benchmark
    public Object plan() {
        return corpus.plan(next());
    }

    @Benchmark
    public Result diagnose() {
        return corpus.snap.diagnose(corpus.requests.get(next()));
    }
}
