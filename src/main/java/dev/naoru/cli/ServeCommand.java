package dev.naoru.cli;

import dev.naoru.api.Naoru;
import dev.naoru.http.NaoruServer;
import dev.naoru.http.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code naoru serve}: the HTTP JSON API and the playground page, until SIGINT/SIGTERM; requests in
 * flight finish before the process exits (up to {@code --stop-timeout}).
 */
@Command(name = "serve", description = "HTTP の JSON API とプレイグラウンド (/) を提供します。Ctrl-C / SIGTERM で処理中の要求を終えてから停止します。")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)", defaultValue = "127.0.0.1")
    String host;

    @Mixin
    KbOptions kb;

    @Option(names = "--watch", description = "reload the KB and rules when their files change (validated; the old KB stays on failure)")
    boolean watch;

    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "file holding the bearer token that enables POST /v1/admin/reload")
    Path adminTokenFile;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", description = "how long shutdown waits for requests in flight (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int stopTimeout;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new CliException("--port must be 0 to 65535, got " + port, 2);
        String token = adminTokenFile == null ? null : readToken(adminTokenFile);
        Naoru naoru = kb.load();
        if (watch && naoru.kbDir().isEmpty()) throw new CliException("--watch needs --kb and --rules (or run through tools/naoru)", 2);
        ServerConfig config = ServerConfig.defaults(port).withHost(host).withAdminToken(token)
                .withStopTimeout(Duration.ofSeconds(Math.max(0, stopTimeout)));
        if (watch) config = config.withWatch(Duration.ofSeconds(1));
        NaoruServer server = new NaoruServer(naoru, config);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new CliException("cannot listen on " + host + ":" + port + ": " + (portTaken() ? "the port is already in use (choose another with --port, or 0 for a free one)" : why(e)), 2);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {   // SIGINT / SIGTERM: finish requests in flight, then exit
            server.stop();
            stopped.countDown();
        }, "naoru-shutdown"));
        spec.commandLine().getErr().printf("naoru: serving KB %s on http://%s:%d/ (playground at /, API description at /openapi.json)%s%s%n",
                naoru.snapshot().version(), host, server.port(), watch ? ", watching " + naoru.kbDir().get() + " and " + naoru.rulesDir().get() : "",
                token != null ? ", admin reload enabled" : "");
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }

    /** Jetty's failed start loses the BindException (its stop fails too): ask the port directly. */
    private boolean portTaken() {
        if (port == 0) return false;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName(host))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The root cause in words: "address already in use" rather than Jetty's wrapper exceptions. */
    private static String why(Throwable e) {
        Throwable t = e;
        boolean inUse = false;
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            inUse |= c instanceof java.net.BindException || String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("already in use");
            t = c;
        }
        if (inUse) return "the port is already in use (choose another with --port, or 0 for a free one)";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String readToken(Path f) {
        try {
            String t = Files.readString(f, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) throw new CliException("--admin-token-file " + f + " is empty", 2);
            if (t.length() < 16) throw new CliException("--admin-token-file: the token must have at least 16 characters", 2);
            return t;
        } catch (IOException e) {
            throw new CliException("cannot read --admin-token-file " + f + ": " + e.getMessage(), 2);
        }
    }
}
