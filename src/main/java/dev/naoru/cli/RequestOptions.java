package dev.naoru.cli;

import dev.naoru.api.Json;
import dev.naoru.api.Request;
import dev.naoru.api.TriedOutcome;
import dev.naoru.kb.DeviceId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text, device and answers of one request from the command line. */
final class RequestOptions {
    @Parameters(index = "0", paramLabel = "TEXT", description = "the user's message (Japanese), 1 to 2000 characters")
    String text;

    @Option(names = {"-d", "--device"}, paramLabel = "DEVICE", description = "iphone, mac, outlook, android, docomo or other-app (default: detected from the text)")
    String device;

    @Option(names = {"-a", "--answer"}, paramLabel = "QUESTION=ANSWER", description = "an answer to a previous question, e.g. other-devices=yes (repeatable)")
    List<String> answers = List.of();

    @Option(names = {"-t", "--tried"}, paramLabel = "STEP=OUTCOME", description = "a step already tried: fixed, not-fixed or cannot, e.g. check-network=not-fixed (repeatable)")
    List<String> tried = List.of();

    @Option(names = "--all", description = "show the whole plan in steps (default: the first 6, the rest under more_steps)")
    boolean all;

    @Option(names = "--max-steps", paramLabel = "N", description = "steps shown before more_steps (default 6; 0 = all)")
    Integer maxSteps;

    Request request() {
        Optional<DeviceId> d = device == null ? Optional.empty() : Optional.of(Json.device(device));
        Map<String, String> a = new LinkedHashMap<>();
        for (String kv : answers) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) throw new CliException("--answer takes QUESTION=ANSWER, e.g. other-devices=yes; got '" + kv + "'", 2);
            a.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        Map<String, TriedOutcome> t = new LinkedHashMap<>();
        for (String kv : tried) {
            int eq = kv.indexOf('=');
            Optional<TriedOutcome> o = eq <= 0 ? Optional.empty() : TriedOutcome.parse(kv.substring(eq + 1));
            if (o.isEmpty()) throw new CliException("--tried takes STEP=OUTCOME with OUTCOME one of " + TriedOutcome.known() + ", e.g. check-network=not-fixed; got '" + kv + "'", 2);
            t.put(kv.substring(0, eq).strip(), o.get());
        }
        int n = all ? 0 : maxSteps == null ? dev.naoru.plan.PlanContext.DEFAULT_MAX_STEPS : maxSteps;
        if (n < 0 || n > Request.MAX_MAX_STEPS) throw new CliException("--max-steps takes 0 (all) to " + Request.MAX_MAX_STEPS + "; got " + n, 2);
        return new Request(Optional.empty(), text, d, a, t, n);
    }
}
