package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import dev.naoru.plan.PlanBuilder;
import dev.naoru.rules.RuleOutcome;
import dev.naoru.rules.RuleRunner;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class PipelineBench {
    private Snapshot snap;
    private TokenizeFloor floor;
    private List<Request> requests;
    private List<Analysis> analyses;
    private final List<List<Object>> ruleFacts = new ArrayList<>();
    private final List<RuleOutcome> outcomes = new ArrayList<>();
    private final List<Optional<DeviceId>> devices = new ArrayList<>();
    private int cursor;

    @Setup
    public void load() {
        Path home = Path.of(System.getProperty("naoru.home", "."));
        snap = Naoru.load(home.resolve("kb"), home.resolve("rules")).snapshot();
        floor = new TokenizeFloor();
        requests = new ArrayList<>();
        for (Path f : ScenarioFile.filesIn(home.resolve("eval"))) {
            if (!f.getFileName().toString().startsWith("holdout-style")) continue;
            for (Scenario s : ScenarioFile.read(f)) requests.add(Request.of(s.request().text()));
        }
        if (requests.isEmpty()) throw new IllegalStateException("no eval/holdout-style*.yaml under " + home.toAbsolutePath());
        analyses = new ArrayList<>();
        for (Request r : requests) {
            analyses.add(snap.analyzer().analyze(r.text()));
            Diagnoser.Diagnosis d = Diagnoser.diagnose(snap, r, false);
            boolean reachesRules = d.result().status() != Status.NO_MATCH;
            ruleFacts.add(reachesRules ? d.facts() : null);
            outcomes.add(reachesRules ? d.outcome() : null);
            devices.add(d.result().device());
        }
    }

    /** The next corpus text: each benchmark call handles one, round the corpus. */
    private int next() {
        int i = cursor;
        cursor = i + 1 == requests.size() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public int tokenize() {
        return floor.tokenize(requests.get(next()).text());
    }

    @Benchmark
    public Analysis analyze() {
        return snap.analyzer().analyze(requests.get(next()).text());
    }

    @Benchmark
    public Object match() {
        return snap.matcher().match(analyses.get(next()));
    }

    @Benchmark
    public Object rules() {
        List<Object> facts = ruleFacts.get(next());
        return facts == null ? null : RuleRunner.run(snap.rules(), facts, false);
    }

    @Benchmark
    public Object plan() {
        int i = next();
        RuleOutcome o = outcomes.get(i);
        return o == null ? null : PlanBuilder.build(snap.kb(), o.steps(), o.suppressed(), devices.get(i));
    }

    @Benchmark
    public Result diagnose() {
        return snap.diagnose(requests.get(next()));
    }
}
