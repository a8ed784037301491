package dev.naoru.http;

import dev.naoru.api.Naoru;
import dev.naoru.api.ReloadOutcome;
import dev.naoru.maint.CheckSuite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Naoru#reload(java.util.function.Function)} with the check suite one at a time, whoever asks (the folder watcher or the admin route),
 * and logs and counts what happened. A failed reload leaves the served snapshot as it was.
 */
final class Reloader {
    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final Naoru naoru;
    private final HttpMetrics metrics;

    Reloader(Naoru naoru, HttpMetrics metrics) {
        this.naoru = naoru;
        this.metrics = metrics;
    }

    /** Reloads; {@code trigger} names who asked, for the log and the metrics. */
    synchronized ReloadOutcome reload(String trigger) {
        long t0 = System.nanoTime();
        ReloadOutcome o = naoru.reload(CheckSuite::gate);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        metrics.reload(o.kind(), trigger);
        switch (o.kind()) {
            case SWAPPED -> LOG.info("reload ({}): now serving KB {} (was {}), {} ms", trigger, o.version(), o.previous(), ms);
            case UNCHANGED -> LOG.info("reload ({}): KB {} unchanged, {} ms", trigger, o.version(), ms);
            case FAILED -> LOG.warn("reload ({}) refused, still serving KB {}:\n  {}", trigger, o.version(), String.join("\n  ", o.problems()));
        }
        return o;
    }
}
