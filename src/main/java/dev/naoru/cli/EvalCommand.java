package dev.naoru.cli;

import dev.naoru.api.Json;
import dev.naoru.maint.ScenarioFile;
import dev.naoru.maint.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code naoru eval FILE [--min RATE]}: pass rate and failures by kind, as score.py counts them; a CI gate. */
@Command(name = "eval", description = "ケースファイルの合格率と失敗の種類別件数を示します。--min を下回ると終了コード 1。")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "cases in the format of shared/eval/README.md")
    Path file;

    @Option(names = "--min", paramLabel = "RATE", description = "minimum pass rate in percent (e.g. 95); below it exit 1")
    double min = 0;

    @Option(names = "--quiet", description = "summary only")
    boolean quiet;

    @Option(names = "--json", description = "print a JSON summary last")
    boolean json;

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new CliException("no such case file: " + file, 2);
        if (min < 0 || min > 100) throw new CliException("--min is a percentage from 0 to 100", 2);
        List<ScenarioRunner.Outcome> outcomes = ScenarioRunner.run(kb.load().snapshot(), ScenarioFile.read(file));
        PrintWriter out = spec.commandLine().getOut();
        long passed = outcomes.stream().filter(ScenarioRunner.Outcome::passed).count();
        if (!quiet) {
            for (ScenarioRunner.Outcome o : outcomes) {
                if (o.passed()) continue;
                out.println("FAIL " + o.scenario().label() + "  " + o.scenario().request().text());
                o.failures().forEach(x -> out.println("     " + x));
            }
        }
        double rate = 100.0 * passed / Math.max(1, outcomes.size());
        out.println("status confusion (rows: expected, columns: actual):");
        out.printf("  %-10s %8s %8s %8s %8s%n", "", "plan", "clarify", "no_match", "error");
        ScenarioRunner.confusion(outcomes).forEach((row, cols) -> out.printf("  %-10s %8d %8d %8d %8d%n", row,
                cols.get("plan"), cols.get("clarify"), cols.get("no_match"), cols.get("error")));
        out.println("failed checks by kind: " + Json.write(Json.MAPPER.valueToTree(ScenarioRunner.byKind(outcomes))));
        if (json) {
            out.println(Json.write(Json.MAPPER.createObjectNode().put("passed", passed).put("failed", outcomes.size() - passed).put("rate", rate)));
        }
        out.printf("pass rate %.1f%%%n", rate);
        out.println(passed + " passed, " + (outcomes.size() - passed) + " failed");
        return rate + 1e-9 >= min ? 0 : 1;
    }
}
