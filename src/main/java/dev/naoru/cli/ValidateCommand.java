package dev.naoru.cli;

import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.maint.CheckSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code naoru validate}: the whole check suite (schema, ids, focused rule tests, scenarios, lint); every
 * problem as {@code path:line:col: message (hint)}; exit 1 on any error (warnings do not fail).
 */
@Command(name = "validate", description = "kb/ と rules/ を検査します。問題は path:line:col: で示し、1 つでもあれば終了コード 1。")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Option(names = "--show-drl", description = "also print the DRL each rules/*.yaml file compiles to")
    boolean showDrl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path kbDir = kb.kbDir().orElseThrow(() -> new CliException("validate needs --kb DIR (or run it through tools/naoru in the project)", 2));
        Path rulesDir = kb.rulesDir().orElseThrow(() -> new CliException("validate needs --rules DIR (or run it through tools/naoru in the project)", 2));
        CheckSuite.Report r = CheckSuite.run(kbDir, rulesDir, SourceFiles.display(kbDir), SourceFiles.display(rulesDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : r.errors()) err.println(p.format());
        for (Problem p : r.warnings()) err.println(p.format());
        for (String n : r.notes()) out.println("note: " + n);
        String counts = r.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        if (r.ok()) {
            if (showDrl) r.snapshot().ifPresent(s -> s.rules().generatedDrl().forEach((file, drl) -> out.println("// " + file + "\n" + drl)));
            out.println("ok: " + counts + (r.warnings().isEmpty() ? "" : "; " + r.warnings().size() + " warning(s)"));
            return 0;
        }
        err.println(r.errors().size() + " problem(s)" + (counts.isEmpty() ? "" : "; loaded " + counts));
        return 1;
    }
}
