package dev.naoru.http;

import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The access log's writer: a request thread adds its line to a lock-free queue and goes on; one daemon
 * thread writes whatever has gathered every {@link #PERIOD_MS} ms, in one write. Jetty's
 * {@code AsyncRequestLogWriter} woke its thread for every line: a futex wake per request, about 6 % of
 * the server's CPU under load (async-profiler, {@code pvm_irq_enable} in the kernel). A line shows up
 * at most a tenth of a second late; stopping writes every line still waiting. Bounded: beyond
 * {@code limit} lines waiting, lines are dropped and counted, and the count is written in the log.
 */
final class AccessLogWriter extends AbstractLifeCycle implements RequestLog.Writer {
    static final long PERIOD_MS = 100;

    private final int limit;
    private final Supplier<OutputStream> target;
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean open;
    private OutputStream out;
    private Thread thread;

    /**
     * @param limit  lines that may wait at once (a few seconds of peak traffic)
     * @param target the stream, taken when the server starts (standard error: {@code System::err})
     */
    AccessLogWriter(int limit, Supplier<OutputStream> target) {
        this.limit = limit;
        this.target = target;
    }

    static AccessLogWriter toStandardError(int limit) {
        return new AccessLogWriter(limit, () -> System.err);
    }

    @Override
    public void write(String line) {
        if (waiting.incrementAndGet() > limit) {
            waiting.decrementAndGet();
            dropped.increment();
            return;
        }
        lines.add(line);
    }

    @Override
    protected void doStart() {
        out = target.get();
        open = true;
        thread = new Thread(this::run, "naoru-access-log");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        open = false;
        LockSupport.unpark(thread);
        thread.join(TimeUnit.SECONDS.toMillis(5));
    }

    private void run() {
        while (open) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PERIOD_MS));
            drain(out);
        }
        drain(out);   // what came in while stopping
    }

    /** Writes every waiting line (and the count of dropped ones) to {@code out} in one write. */
    void drain(OutputStream out) {
        StringBuilder sb = new StringBuilder();
        for (String l = lines.poll(); l != null; l = lines.poll()) {
            waiting.decrementAndGet();
            sb.append(l).append('\n');
        }
        long lost = dropped.sumThenReset();
        if (lost > 0) sb.append("[naoru.access] ").append(lost).append(" lines dropped: more than ").append(limit).append(" were waiting\n");
        if (sb.length() == 0) return;
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // standard error closed: nothing to tell it with; the server goes on
        }
    }
}
