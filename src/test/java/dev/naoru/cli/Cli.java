package dev.naoru.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs {@link Main#run} in-process with standard in, out and err captured. Main builds a new picocli
 * CommandLine per call, whose out/err default to System.out/System.err, so redirecting those works.
 */
final class Cli {
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        /** stderr without the logger's lines (Drools logs through slf4j-simple to System.err). */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).filter(l -> !l.matches("^\\d+ \\[[^]]+] (ERROR|WARN|INFO) .*")).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return runWithInput(null, args);
    }

    static Run runWithInput(String stdin, String... args) {
        return runWithBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** With raw bytes on standard input (invalid UTF-8, bare CRs…). */
    static synchronized Run runWithBytes(byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin));
            exit = Main.run(args);
            System.out.flush();
            System.err.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The project's KB and rules, so the tests never depend on NAORU_HOME or the jar. */
    static String[] withKb(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--kb";
        all[args.length + 1] = "kb";
        all[args.length + 2] = "--rules";
        all[args.length + 3] = "rules";
        return all;
    }
}
