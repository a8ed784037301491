package dev.naoru.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A progress line on standard error, redrawn about once a second, only when standard error is a terminal. */
final class BatchProgress {
    private final PrintWriter err;
    private final boolean on;
    private final long start = System.nanoTime();
    private long lines;
    private long lastDraw = start;

    private BatchProgress(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    static BatchProgress forStderr(PrintWriter err) {
        return new BatchProgress(err, stderrIsTerminal());
    }

    /** Java 17 cannot ask isatty(2) directly; on Linux the descriptor's link names the terminal. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    void add(int n) {
        lines += n;
        long now = System.nanoTime();
        if (on && now - lastDraw > 1_000_000_000L) {
            lastDraw = now;
            draw(now);
        }
    }

    void finish() {
        if (on && lines > 0) {
            draw(System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(long now) {
        double s = Math.max(1e-9, (now - start) / 1e9);
        err.printf("\rnaoru batch: %,d lines, %,.0f/s, %.0f s", lines, lines / s, s);
        err.flush();
    }
}
