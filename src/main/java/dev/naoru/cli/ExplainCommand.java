package dev.naoru.cli;

import dev.naoru.api.Explanation;
import dev.naoru.api.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code naoru explain "テキスト"}: tokens, matches and near misses, negations, rules fired, step order. */
@Command(name = "explain", description = "なぜその答えになったかを示します: トークン、一致した事実と惜しい候補、否定、発火したルール、手順の並び。")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    RequestOptions request;

    @Mixin
    KbOptions kb;

    @Option(names = "--json", description = "print the explanation as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Explanation e = kb.load().explain(request.request());
        spec.commandLine().getOut().println(json ? Json.write(e.toJson()) : e.toText());
        return 0;
    }
}
