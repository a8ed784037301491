package dev.naoru.cli;

import dev.naoru.api.Naoru;
import dev.naoru.api.Snapshot;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.maint.CheckSuite;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import dev.naoru.maint.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code naoru test [FILE…]}: the check suite (schema, ids, focused rule tests, lint; the same as CI and
 * reload), then the scenario files (default kb/tests/*.yaml), each failure as file:line.
 */
@Command(name = "test", description = "検査一式 (スキーマ・ID・ルール単体テスト・lint) の後、シナリオ (既定は kb/tests/*.yaml) を実行し、失敗を file:line と期待/実際で示します。")
final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "scenario files (default: the tests folder of the KB)")
    List<Path> files = new ArrayList<>();

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> toRun = files;
        if (toRun.isEmpty()) {
            Path dir = kb.kbDir().orElseThrow(() -> new CliException("give scenario files, or --kb DIR whose tests/ holds them", 2)).resolve("tests");
            toRun = ScenarioFile.filesIn(dir);
            if (toRun.isEmpty()) throw new CliException("no scenario files in " + dir, 2);
        }
        for (Path f : toRun) {
            if (!Files.isRegularFile(f)) throw new CliException("no such scenario file: " + f, 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> kbDir = kb.kbDir();
        Optional<Path> rulesDir = kb.rulesDir();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Snapshot snap;
        if (kbDir.isPresent() && rulesDir.isPresent()) {
            kb.load();                                   // the usual CLI errors for missing folders
            CheckSuite.Report r = CheckSuite.run(kbDir.get(), rulesDir.get(), SourceFiles.display(kbDir.get()),
                    SourceFiles.display(rulesDir.get()), false);
            errors.addAll(r.errors());
            warnings.addAll(r.warnings());
            if (r.snapshot().isEmpty()) {
                errors.forEach(p -> err.println(p.format()));
                return 1;
            }
            snap = r.snapshot().get();
        } else {
            snap = Naoru.loadDefault().snapshot();
            CheckSuite.check(snap, errors, warnings, new LinkedHashMap<>(), false);
        }
        errors.forEach(p -> err.println(p.format()));
        warnings.forEach(p -> err.println(p.format()));
        int passed = 0;
        int failed = 0;
        for (Path f : toRun) {
            List<Scenario> cases = ScenarioFile.read(f);
            for (ScenarioRunner.Outcome o : ScenarioRunner.run(snap, cases)) {
                if (o.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println("FAIL " + o.scenario().label() + "  " + o.scenario().request().text());
                    o.failures().forEach(x -> out.println("     " + x));
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed" + (errors.isEmpty() ? "" : "; " + errors.size() + " check problem(s) above"));
        return failed == 0 && errors.isEmpty() ? 0 : 1;
    }
}
