package dev.naoru.cli;

import dev.naoru.api.Json;
import dev.naoru.api.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code naoru diagnose "テキスト"}: one plan, readable or as contract JSON. */
@Command(name = "diagnose", description = "テキストから対処プランを作ります (既定は読みやすい日本語、--json で契約どおりの JSON)。")
final class DiagnoseCommand implements Callable<Integer> {
    @Mixin
    RequestOptions request;

    @Mixin
    KbOptions kb;

    @Option(names = "--json", description = "print the contract JSON result")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Result r = kb.load().diagnose(request.request());
        spec.commandLine().getOut().println(json ? Json.write(Json.result(r)) : PlanPrinter.print(r));
        return 0;
    }
}
