package dev.naoru.http;

import java.time.Duration;
import java.util.Optional;

/**
 * How {@link NaoruServer} listens and what it accepts.
 *
 * @param host          interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port          TCP port; 0 picks a free one (see {@link NaoruServer#port()})
 * @param adminToken    bearer token for {@code POST /v1/admin/reload}; empty leaves the route unregistered
 * @param watch         reload when files under the KB and rules folders change
 * @param watchInterval how often the folders are polled; a change is applied once it has been stable for one interval
 * @param maxBodyBytes  largest body of a single request (413 above)
 * @param maxBatchBytes largest body of a batch (413 above)
 * @param maxBatchItems most requests in one batch (413 above)
 * @param stopTimeout   how long a stop waits for requests in flight
 * @param bodyTimeout   how long a request body may take to arrive in full (408 after); it is read
 *                      without holding a request thread
 * @param maxConnections open connections at most; beyond, new ones wait in the accept queue
 * @param accessLog     one line per request on standard error, written off the request path
 */
public record ServerConfig(String host, int port, Optional<String> adminToken, boolean watch, Duration watchInterval,
                           int maxBodyBytes, int maxBatchBytes, int maxBatchItems, Duration stopTimeout,
                           Duration bodyTimeout, int maxConnections, boolean accessLog) {
    /** 64 KiB: a 2,000-character text with answers fits many times over. */
    public static final int DEFAULT_MAX_BODY = 64 * 1024;
    /** 1 MiB for a batch. */
    public static final int DEFAULT_MAX_BATCH_BODY = 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_ITEMS = 100;
    /** A 1 MiB batch at a slow mobile uplink's 128 kbit/s takes about 65 s; a 64 KiB body 4 s. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(20);
    /** Far above real traffic, below a default 1,024 open-file limit. */
    public static final int DEFAULT_MAX_CONNECTIONS = 900;

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        adminToken = adminToken.filter(t -> !t.isBlank());
        if (maxBodyBytes <= 0 || maxBatchBytes <= 0 || maxBatchItems <= 0 || maxConnections <= 0 || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Loopback, the given port, no admin token, no watch, default limits. */
    public static ServerConfig defaults(int port) {
        return new ServerConfig("127.0.0.1", port, Optional.empty(), false, Duration.ofSeconds(1),
                DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH_BODY, DEFAULT_MAX_BATCH_ITEMS, Duration.ofSeconds(10),
                DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_CONNECTIONS, true);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout, bodyTimeout, maxConnections, accessLog);
    }

    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, Optional.ofNullable(token), watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout, bodyTimeout, maxConnections, accessLog);
    }

    public ServerConfig withStopTimeout(Duration timeout) {
        return new ServerConfig(host, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, timeout, bodyTimeout, maxConnections, accessLog);
    }

    public ServerConfig withWatch(Duration interval) {
        return new ServerConfig(host, port, adminToken, true, interval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout, bodyTimeout, maxConnections, accessLog);
    }

    public ServerConfig withBodyTimeout(Duration timeout) {
        return new ServerConfig(host, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout, timeout, maxConnections, accessLog);
    }

    public ServerConfig withAccessLog(boolean on) {
        return new ServerConfig(host, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout, bodyTimeout, maxConnections, on);
    }

    /**
     * Request threads: diagnose is CPU-bound and bodies are read without a thread, so a few per core suffice; more
     * only take turns on the cores and evict each other's caches (2 cores, wrk -c16, after a 60 s warm-up:
     * 8 threads about 4,650 req/s, 16 about 3,500-3,900). Jetty's selector and acceptor come out of these.
     */
    public int maxThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }
}
