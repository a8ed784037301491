package dev.naoru.cli;

import dev.naoru.api.Naoru;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code naoru batch FILE|-}: JSON Lines in, JSON Lines out, same order, one output line per input
 * line always. Lines are split on {@code \n} only and each is decoded on its own, so a bad byte or a
 * stray CR is that line's error and the run goes on. Exit 0 every line answered, 1 some line got an
 * error, 2 usage error.
 */
@Command(name = "batch", description = "JSON Lines の要求を 1 行ずつ診断し、結果を 1 行ずつ出力します (FILE または - で標準入力)。")
final class BatchCommand implements Callable<Integer> {
    /** Lines per task: large enough to amortize hand-off, small enough to keep every thread busy. */
    private static final int CHUNK = 64;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "one JSON request per line; - reads standard input")
    String file;

    @Option(names = "--threads", paramLabel = "N", description = "diagnose on N threads (default: the cores, ${DEFAULT-VALUE}); output stays in input order")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    KbOptions kb;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) throw new CliException("--threads must be at least 1, got " + threads, 2);
        InputStream in = open();
        Naoru naoru = kb.load();
        // JSON Lines go out as the UTF-8 bytes the workers wrote, straight to standard output (not through
        // picocli's Writer, which would decode nothing and re-encode everything on this one thread).
        spec.commandLine().getOut().flush();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        BatchProgress progress = BatchProgress.forStderr(spec.commandLine().getErr());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "naoru-batch");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Answered>> pending = new ArrayDeque<>();
        boolean anyError = false;
        try (LineReader lines = new LineReader(in)) {
            int lineNo = 0;
            while (true) {
                List<byte[]> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK) {
                    byte[] l = lines.next();
                    if (l == null) break;
                    chunk.add(l);
                }
                if (chunk.isEmpty()) break;
                int first = lineNo + 1;
                lineNo += chunk.size();
                pending.add(pool.submit(() -> answer(naoru, chunk, first)));
                while (pending.size() > threads * 4) anyError |= write(pending.poll(), out, progress);
            }
            while (!pending.isEmpty()) anyError |= write(pending.poll(), out, progress);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), 2);
        } finally {
            pool.shutdownNow();
            flush(out);
            progress.finish();
        }
        return anyError ? 1 : 0;
    }

    /** A chunk's answers: its JSON lines one after another, newlines included. */
    private record Answered(BatchLine.Lines lines, int count, boolean anyError) {
    }

    /**
     * Chunk buffers the writer has emptied, for the workers to fill again: at most the chunks in flight
     * (a few MB), and no 1 MB allocation, zeroing and regrowth per chunk.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<BatchLine.Lines> emptied = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private Answered answer(Naoru naoru, List<byte[]> chunk, int firstLine) {
        BatchLine.Lines out = emptied.poll();
        if (out == null) out = new BatchLine.Lines(chunk.size());
        out.reset();
        boolean anyError = false;
        for (int i = 0; i < chunk.size(); i++) anyError |= BatchLine.answer(naoru, chunk.get(i), firstLine + i, out);
        return new Answered(out, chunk.size(), anyError);
    }

    private boolean write(Future<Answered> f, OutputStream out, BatchProgress progress) {
        Answered a;
        try {
            a = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 2);
        } catch (ExecutionException e) {   // answer() catches per line; this would be a bug
            throw new IllegalStateException(e.getCause());
        }
        try {
            out.write(a.lines().array(), 0, a.lines().size());
        } catch (IOException e) {
            throw new CliException("cannot write the output: " + e.getMessage(), 2);
        }
        flush(out);   // a chunk at a time: a reader of the output sees lines as they are answered
        emptied.offer(a.lines());
        progress.add(a.count());
        return a.anyError();
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new CliException("cannot write the output: " + e.getMessage(), 2);
        }
    }

    private InputStream open() {
        if (file.equals("-")) return System.in;
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) throw new CliException("cannot read file '" + file + "': no such readable file (use - for standard input)", 2);
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), 2);
        }
    }

    /** Splits bytes on {@code \n} only (a CR is data of its line); the last line needs no newline. */
    static final class LineReader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its {@code \n}, or null at the end. */
        byte[] next() throws IOException {
            java.io.ByteArrayOutputStream line = null;
            while (true) {
                if (pos == len) {
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return line == null ? null : line.toByteArray();
                    }
                }
                int start = pos;
                while (pos < len && buf[pos] != '\n') pos++;
                if (line == null) line = new java.io.ByteArrayOutputStream(Math.max(16, pos - start));
                line.write(buf, start, pos - start);
                if (pos < len) {
                    pos++;
                    return line.toByteArray();
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
