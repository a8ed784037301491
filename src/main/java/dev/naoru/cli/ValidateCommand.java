package dev.naoru.cli;

import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.maint.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code naoru validate}: every problem as {@code path:line:col: message (hint)}; exit 1 on any. */
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
        Validator.Report r = Validator.validate(kbDir, rulesDir, SourceFiles.display(kbDir), SourceFiles.display(rulesDir));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : r.problems()) err.println(p.format());
        for (String n : r.notes()) out.println("note: " + n);
        String counts = r.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        if (r.ok()) {
            if (showDrl) kb.load().snapshot().rules().generatedDrl().forEach((file, drl) -> out.println("// " + file + "\n" + drl));
            out.println("ok: " + counts);
            return 0;
        }
        err.println(r.problems().size() + " problem(s)" + (counts.isEmpty() ? "" : "; loaded " + counts));
        return 1;
    }
}
