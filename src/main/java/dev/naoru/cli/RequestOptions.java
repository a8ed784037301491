package dev.naoru.cli;

import dev.naoru.api.Json;
import dev.naoru.api.Request;
import dev.naoru.api.TriedOutcome;
import dev.naoru.kb.DeviceId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
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
        refuseGarbledText(text, argumentCharset());
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

    /** The charset Java decoded the command line with: the locale's ({@code sun.jnu.encoding}). */
    static Charset argumentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * In the C or POSIX locale Java decodes arguments as ASCII: each byte of a Japanese character becomes
     * U+FFFD (or '?'), and the plan for such a text would be a silent no_match. Refused with the fix
     * instead, only when the charset cannot carry Japanese and the text has U+FFFD, or is ASCII with a
     * run of three '?' (one character's bytes).
     */
    static void refuseGarbledText(String text, Charset argCharset) {
        if (text == null || Main.carriesJapanese(argCharset)) return;
        boolean replaced = text.indexOf('\uFFFD') >= 0;
        if (!replaced) {
            if (!text.contains("???")) return;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 0x7f) return;
        }
        String shown = text.replace('\uFFFD', '?');
        throw new CliException("the text arrived as '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                + "': the locale's charset (" + argCharset.name() + ") cannot carry Japanese, so Java decoded each byte as '?'. "
                + "Run with LC_ALL=C.UTF-8 (tools/naoru does this by itself in the C locale), or put the request in a file for `naoru batch`", 2);
    }
}
