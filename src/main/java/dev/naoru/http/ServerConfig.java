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
 */
public record ServerConfig(String host, int port, Optional<String> adminToken, boolean watch, Duration watchInterval,
                           int maxBodyBytes, int maxBatchBytes, int maxBatchItems, Duration stopTimeout) {
    /** 64 KiB: a 2,000-character text with answers fits many times over. */
    public static final int DEFAULT_MAX_BODY = 64 * 1024;
    /** 1 MiB for a batch. */
    public static final int DEFAULT_MAX_BATCH_BODY = 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_ITEMS = 100;

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        adminToken = adminToken.filter(t -> !t.isBlank());
        if (maxBodyBytes <= 0 || maxBatchBytes <= 0 || maxBatchItems <= 0) throw new IllegalArgumentException("limits must be positive");
    }

    /** Loopback, the given port, no admin token, no watch, default limits. */
    public static ServerConfig defaults(int port) {
        return new ServerConfig("127.0.0.1", port, Optional.empty(), false, Duration.ofSeconds(1),
                DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH_BODY, DEFAULT_MAX_BATCH_ITEMS, Duration.ofSeconds(10));
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout);
    }

    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, Optional.ofNullable(token), watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout);
    }

    public ServerConfig withStopTimeout(Duration timeout) {
        return new ServerConfig(host, port, adminToken, watch, watchInterval, maxBodyBytes, maxBatchBytes, maxBatchItems, timeout);
    }

    public ServerConfig withWatch(Duration interval) {
        return new ServerConfig(host, port, adminToken, true, interval, maxBodyBytes, maxBatchBytes, maxBatchItems, stopTimeout);
    }
}
