package dev.naoru.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Polls folders for changes and calls back once they have settled. Each poll hashes every file's
 * path and content (the KB is a few hundred KiB, so this is cheap and catches edits that keep the
 * size and modification time). A change fires only when the next poll sees the same hash, so an
 * editor's save in several writes gives one reload.
 */
final class KbWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KbWatcher.class);

    private final List<Path> roots;
    private final Duration interval;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "naoru-kb-watch");
        t.setDaemon(true);
        return t;
    });
    private String applied;
    private String pending;

    KbWatcher(List<Path> roots, Duration interval, Runnable onChange) {
        this.roots = List.copyOf(roots);
        this.interval = interval;
        this.onChange = onChange;
    }

    void start() {
        applied = fingerprint();
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("watching {} for changes every {} ms", roots, ms);
    }

    private void poll() {
        try {
            String now = fingerprint();
            if (now.equals(applied)) {
                pending = null;
            } else if (!now.equals(pending)) {
                pending = now;                       // changed: wait one more interval for it to settle
            } else {
                applied = now;
                pending = null;
                LOG.info("change under {}: reloading", roots);
                onChange.run();
            }
        } catch (RuntimeException e) {              // never let the schedule die; try again next time
            LOG.warn("watching {}: {}", roots, e.toString());
        }
    }

    /** A hash of every file's relative path and content under the roots. */
    String fingerprint() {
        MessageDigest md = sha256();
        for (Path root : roots) {
            md.update(root.toString().getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(root)) {
                md.update((byte) 1);
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(Files.readAllBytes(p));
                    md.update((byte) 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
