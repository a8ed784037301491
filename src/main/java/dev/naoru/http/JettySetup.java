package dev.naoru.http;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.EnumSet;

/**
 * Jetty set up for hostile clients: bounded threads, queue and connections, a minimum body data
 * rate, short idle timeouts, bodies read without a thread ({@link BodyBuffer}), and an access log
 * written by its own thread so a request never waits on a log write.
 */
final class JettySetup {
    /**
     * Slower than this (bytes per second since the body started) is cut with 408. Low on purpose:
     * Jetty checks the rate when the body is read, so on a busy server a small body read late would
     * look slow (512 B/s cut 150-byte bodies read 0.3 s after arrival under load). A drip of one byte
     * every few seconds is still far below it, and {@link ServerConfig#bodyTimeout()} bounds the rest.
     */
    static final int MIN_REQUEST_DATA_RATE = 32;
    /** A connection silent this long is closed (keep-alive clients reconnect). */
    static final long IDLE_TIMEOUT_MS = 15_000;
    /** Requests waiting for a thread; beyond, Jetty refuses new work instead of piling it up. */
    static final int MAX_QUEUED = 1024;
    /** Access-log lines waiting for the writer thread; beyond, a line is dropped (with a warning), never a request held. */
    static final int LOG_QUEUE = 32_768;

    private JettySetup() {
    }

    static QueuedThreadPool threadPool(ServerConfig config) {
        int max = config.maxThreads();
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000, -1,
                new BlockingArrayQueue<>(64, 64, MAX_QUEUED), null);
        pool.setName("naoru-http");
        return pool;
    }

    static void hostileClients(HttpConfiguration http, ServerConfig config) {
        http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
        http.setIdleTimeout(idleTimeout(config));   // blocking reads and writes of one request
        http.setSendServerVersion(false);
    }

    static void limitsAndLog(Server server, ServerConfig config) {
        server.addBean(new ConnectionLimit(config.maxConnections(), server));
        if (config.accessLog()) {
            // Never the body or the query (it may hold personal data); the path stays URL-encoded, so no log injection.
            // Standard error, written every 100 ms off the request path. Room for a few seconds of peak traffic.
            server.setRequestLog(new CustomRequestLog(AccessLogWriter.toStandardError(LOG_QUEUE), "%{yyyy-MM-dd HH:mm:ss.SSS|UTC}t [naoru.access] %m %U %s %{ms}Tms"));
        }
    }

    static void bufferBodies(ServletContextHandler context, BodyBuffer filter) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        context.addFilter(holder, "/v1/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    }

    private static long idleTimeout(ServerConfig config) {
        return Math.min(IDLE_TIMEOUT_MS, config.bodyTimeout().toMillis());
    }

    static void idleTimeouts(Server server, ServerConfig config) {
        for (Connector c : server.getConnectors()) {
            // Jetty waits for a body's first byte before dispatching, under this timeout: keep it within the body timeout.
            if (c instanceof ServerConnector sc) sc.setIdleTimeout(idleTimeout(config));
        }
    }
}
