package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import dev.naoru.plan.PlanBuilder;
import dev.naoru.rules.RuleOutcome;
import dev.naoru.rules.RuleRunner;
import dev.naoru.rules.RuleSet;
import dev.naoru.text.Analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fixed corpus of the speed benchmarks (the texts of {@code eval/holdout-style*.yaml}) with what each stage
 * needs prepared once: the analysis, and for texts that reach the rules their facts, rule outcome and device.
 * {@link PipelineBench} (JMH, wall time) and {@link CpuStages} (thread CPU time) measure the same stages on it.
 */
final class BenchCorpus {
    final Snapshot snap;
    final List<Request> requests = new ArrayList<>();
    final List<Analysis> analyses = new ArrayList<>();
    /** Null for a text out of scope: it stops after matching, as in a real request. */
    private final List<List<Object>> ruleFacts = new ArrayList<>();
    private final List<RuleOutcome> outcomes = new ArrayList<>();
    private final List<Optional<DeviceId>> devices = new ArrayList<>();

    /** Loads kb/ and rules/ under {@code -Dnaoru.home} (default: the working directory) and the corpus beside them. */
    static BenchCorpus load() {
        return new BenchCorpus(Path.of(System.getProperty("naoru.home", ".")));
    }

    private BenchCorpus(Path home) {
        snap = Naoru.load(home.resolve("kb"), home.resolve("rules")).snapshot();
        for (Path f : ScenarioFile.filesIn(home.resolve("eval"))) {
            if (!f.getFileName().toString().startsWith("holdout-style")) continue;
            for (Scenario s : ScenarioFile.read(f)) requests.add(Request.of(s.request().text()));
        }
        if (requests.isEmpty()) throw new IllegalStateException("no eval/holdout-style*.yaml under " + home.toAbsolutePath());
        for (Request r : requests) {
            analyses.add(snap.analyzer().analyze(r.text()));
            Diagnoser.Diagnosis d = Diagnoser.diagnose(snap, r, false);
            boolean reachesRules = d.result().status() != Status.NO_MATCH;
            ruleFacts.add(reachesRules ? d.facts() : null);
            outcomes.add(reachesRules ? d.outcome() : null);
            devices.add(d.result().device());
        }
        firstPass = snap.rules().memoStats();
    }

    /**
     * The rules memo after one diagnosis of each text in turn, as a stream of new messages meets it: the share
     * of texts whose facts an earlier text had already produced. Timed rounds after it find every fact set.
     */
    final RuleSet.MemoStats firstPass;

    /** The same KB and rules loaded again with the rules memo off ({@code -Dnaoru.rules.memo=0}). */
    static Snapshot withoutMemo() {
        Path home = Path.of(System.getProperty("naoru.home", "."));
        String before = System.getProperty("naoru.rules.memo");
        System.setProperty("naoru.rules.memo", "0");
        try {
            return Naoru.load(home.resolve("kb"), home.resolve("rules")).snapshot();
        } finally {
            if (before == null) System.clearProperty("naoru.rules.memo");
            else System.setProperty("naoru.rules.memo", before);
        }
    }

    int size() {
        return requests.size();
    }

    /** The rules stage on text {@code i}: a session over its facts (never the memo: a miss's cost); null when the text does not reach the rules. */
    Object rules(int i) {
        List<Object> facts = ruleFacts.get(i);
        return facts == null ? null : RuleRunner.runSession(snap.rules(), facts);
    }

    /** The plan stage on text {@code i}: the plan of its rule outcome; null when the text does not reach the rules. */
    Object plan(int i) {
        RuleOutcome o = outcomes.get(i);
        return o == null ? null : PlanBuilder.build(snap.kb(), o.steps(), o.suppressed(), devices.get(i));
    }
}
