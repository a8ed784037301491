package dev.naoru.cli;

import dev.naoru.api.Naoru;
import dev.naoru.api.Json;
import dev.naoru.maint.Coverage;
import dev.naoru.maint.FocusTests;
import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code naoru coverage [CASES…]}: over scenario files (default kb/tests/*.yaml and rules/tests/focus.yaml),
 * which rules never fire, which phrasings never match, which synonyms and dictionary entries are never used,
 * which steps are never offered per device.
 */
@Command(name = "coverage", description = "シナリオ (既定は kb/tests と rules/tests/focus.yaml) で一度も発火しないルール、一致しない言い回し、使われない同義語・辞書項目、端末別に出ないステップを示します。")
final class CoverageCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CASES", description = "scenario files (default: the KB's tests/ and the rules' focus file)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> cases = files;
        Path focus = null;
        if (cases.isEmpty()) {
            Path dir = kb.kbDir().orElseThrow(() -> new CliException("give scenario files, or --kb DIR whose tests/ holds them", 2)).resolve("tests");
            cases = ScenarioFile.filesIn(dir);
            focus = kb.rulesDir().map(r -> r.resolve(FocusTests.FILE)).filter(Files::isRegularFile).orElse(null);
        }
        for (Path f : cases) {
            if (!Files.isRegularFile(f)) throw new CliException("no such scenario file: " + f, 2);
        }
        Naoru naoru = kb.load();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : cases) scenarios.addAll(ScenarioFile.read(f));
        List<FocusTests.Entry> entries = focus == null ? List.of()
                : FocusTests.parse(dev.naoru.kb.SourceFiles.display(focus), Files.readString(focus));
        Coverage c = Coverage.of(naoru.snapshot(), scenarios, entries);
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(c.toJson()));
        else c.toLines().forEach(out::println);
        return 0;
    }
}
