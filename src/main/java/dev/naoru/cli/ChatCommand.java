package dev.naoru.cli;

import dev.naoru.api.Conversation;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import dev.naoru.api.RequestException;
import dev.naoru.api.Result;
import dev.naoru.api.Status;
import dev.naoru.api.TriedOutcome;
import dev.naoru.plan.PlanStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code naoru chat}: the guided loop in the terminal, in Japanese. Reads one answer per line from
 * standard input (so a script can drive it): the first message, then a number (or the option itself)
 * for each question and each step's outcome; {@code q} or end of input stops. Exit 0.
 */
@Command(name = "chat", description = "対話形式で 1 手順ずつ案内します (質問→手順→「解決した/解決しない/できない」)。標準入力から 1 行ずつ読みます。")
final class ChatCommand implements Callable<Integer> {
    private static final List<TriedOutcome> OUTCOMES = List.of(TriedOutcome.FIXED, TriedOutcome.NOT_FIXED, TriedOutcome.CANNOT);

    @Option(names = {"-d", "--device"}, paramLabel = "DEVICE", description = "the device, when known (default: detected or asked)")
    String device;

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private BufferedReader in;

    @Override
    public Integer call() throws IOException {
        Optional<dev.naoru.kb.DeviceId> given = device == null ? Optional.empty() : Optional.of(Json.device(device));   // usage error, exit 2
        out = spec.commandLine().getOut();
        in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Naoru naoru = kb.load();
        out.println("Naoru: iCloud メールで困っていることを教えてください。(終了: q)");
        Conversation c = null;
        while (c == null) {
            Optional<String> line = read();
            if (line.isEmpty()) return 0;
            try {
                c = Conversation.start(naoru, line.get());
                if (given.isPresent()) c.device(given.get());
            } catch (RequestException e) {
                out.println("Naoru: " + e.getMessage());
                c = null;
            }
        }
        int stepNo = 0;
        while (!c.finished()) {
            Optional<Result.QuestionAsked> q = c.nextQuestion();
            if (q.isPresent()) {
                Optional<Integer> pick = ask("【確認】" + q.get().text(), labels(q.get()), true);
                if (pick.isEmpty()) return stop();
                if (pick.get() == 0) c.skip(q.get().id());
                else c.answer(q.get().id(), q.get().options().get(pick.get() - 1));
                continue;
            }
            PlanStep s = c.nextStep().orElseThrow();
            out.println();
            out.println("【手順 " + ++stepNo + "】" + s.title() + (s.destructive() ? "  ⚠ 実行前に【注意】を読む" : ""));
            out.println("  " + s.instructions());
            Optional<Integer> pick = ask("やってみた結果を教えてください。", OUTCOMES.stream().map(TriedOutcome::label).toList(), false);
            if (pick.isEmpty()) return stop();
            c.report(s.id(), OUTCOMES.get(pick.get() - 1));
        }
        finish(c.result());
        return 0;
    }

    private static List<String> labels(Result.QuestionAsked q) {
        return q.options().stream().map(o -> q.optionLabels().getOrDefault(o, o)).toList();
    }

    /** A numbered menu; 0 is "わからない" when skipping is allowed. Empty at end of input or on q. */
    private Optional<Integer> ask(String prompt, List<String> options, boolean canSkip) throws IOException {
        out.println(prompt);
        StringBuilder menu = new StringBuilder(" ");
        for (int i = 0; i < options.size(); i++) menu.append(' ').append(i + 1).append(") ").append(options.get(i));
        if (canSkip) menu.append("  0) わからない");
        out.println(menu);
        while (true) {
            Optional<String> line = read();
            if (line.isEmpty()) return Optional.empty();
            String a = line.get().strip();
            for (int i = 0; i < options.size(); i++) if (a.equals(options.get(i))) return Optional.of(i + 1);
            if (canSkip && a.equals("わからない")) return Optional.of(0);
            try {
                int n = Integer.parseInt(a);
                if (n >= (canSkip ? 0 : 1) && n <= options.size()) return Optional.of(n);
            } catch (NumberFormatException ignored) {
                // not a number: say what is allowed below
            }
            out.println("Naoru: " + (canSkip ? 0 : 1) + "〜" + options.size() + " の番号で答えてください。");
        }
    }

    private void finish(Result r) {
        out.println();
        if (r.status() == Status.RESOLVED) {
            out.println("Naoru: 解決してよかったです。再発を防ぐために:");
            r.prevention().forEach(p -> out.println("  - " + p));
        } else if (r.status() == Status.NO_MATCH) {
            out.println("Naoru: iCloud メールの不具合についてのご相談ではないようです。");
        } else {
            out.println("Naoru: ご案内できる手順は以上です。担当者に引き継ぎます (同じ説明は不要です)。");
            r.handoff().ifPresent(h -> out.println(h.summary()));
        }
        out.flush();
    }

    private int stop() {
        out.println("Naoru: 終了します。");
        out.flush();
        return 0;
    }

    /** The next line; empty at end of input or when the user types q. */
    private Optional<String> read() throws IOException {
        out.print("> ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equalsIgnoreCase("q")) return Optional.empty();
        if (System.console() == null) out.println(line);   // driven by a script: echo, so the transcript reads like a chat
        return Optional.of(line);
    }
}
