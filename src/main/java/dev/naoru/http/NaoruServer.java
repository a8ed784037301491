package dev.naoru.http;

import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Naoru over HTTP (Javalin): the JSON API, health, metrics, OpenAPI and the playground page.
 * Stateless: every request is answered from the snapshot current when it starts, so replicas can
 * sit behind any load balancer.
 *
 * <pre>{@code
 * NaoruServer s = new NaoruServer(Naoru.load(kb, rules), ServerConfig.defaults(0)).start();
 * URI base = URI.create("http://127.0.0.1:" + s.port());
 * s.stop();
 * }</pre>
 */
public final class NaoruServer {
    private static final Logger LOG = LoggerFactory.getLogger(NaoruServer.class);

    private final Naoru naoru;
    private final ServerConfig config;
    private final HttpMetrics metrics = new HttpMetrics();
    private final Reloader reloader;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private KbWatcher watcher;

    /**
     * @param naoru  the loaded KB and rules; reloads go through {@link Naoru#reload()}
     * @param config port, limits, admin token, watch
     * @throws IllegalArgumentException when {@code watch} is asked for a Naoru loaded from the jar
     */
    public NaoruServer(Naoru naoru, ServerConfig config) {
        this(naoru, config, app -> { });
    }

    /** With extra routes, for tests of the error mapping. */
    NaoruServer(Naoru naoru, ServerConfig config, Consumer<Javalin> extraRoutes) {
        if (config.watch() && naoru.kbDir().isEmpty()) {
            throw new IllegalArgumentException("--watch needs a KB loaded from folders (--kb and --rules)");
        }
        this.naoru = naoru;
        this.config = config;
        this.reloader = new Reloader(naoru, metrics);
        metrics.rulesMemo(() -> naoru.snapshot().rules().memoStats());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxBatchBytes());
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.jetty.threadPool = JettySetup.threadPool(config);
            cfg.jetty.modifyHttpConfiguration(h -> JettySetup.hostileClients(h, config));
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(config.stopTimeout().toMillis());
                server.setErrorHandler(new JettyProblemHandler());
                JettySetup.limitsAndLog(server, config);
            });
            cfg.jetty.modifyServletContextHandler(h -> {
                h.setErrorHandler(new JettyProblemHandler());
                JettySetup.bufferBodies(h, new BodyBuffer(Math.max(config.maxBodyBytes(), config.maxBatchBytes()),
                        config.bodyTimeout(), e -> metrics.error(e.code())));
            });
            cfg.requestLogger.http(this::log);
        });
        register();
        extraRoutes.accept(app);
    }

    private void register() {
        DiagnoseHandlers diagnose = new DiagnoseHandlers(naoru, config, metrics);
        KbView kb = new KbView(config);
        byte[] page = resource("/public/index.html");
        byte[] openapi = resource("/public/openapi.json");
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        });
        get("/", ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page));
        get("/healthz", ctx -> ctx.contentType(DiagnoseHandlers.JSON).result("{\"status\":\"ok\"}"));
        get("/readyz", this::readyz);
        get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        get("/openapi.json", ctx -> ctx.contentType(DiagnoseHandlers.JSON).result(openapi));
        get("/v1/kb", ctx -> kbView(ctx, kb));
        post("/v1/diagnose", diagnose::diagnose);
        post("/v1/diagnose/batch", diagnose::batch);
        post("/v1/explain", diagnose::explain);
        config.adminToken().ifPresent(t -> post("/v1/admin/reload", new AdminReload(t, reloader)::handle));
        app.exception(ApiError.class, (e, ctx) -> fail(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, fromJavalin(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            var clientError = ClientErrors.classify(e);
            if (clientError.isPresent()) {
                fail(ctx, ClientErrors.unreadableBody(e));
                return;
            }
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("internal error (ref {}) on {} {}", ref, ctx.method(), ctx.path(), e);
            fail(ctx, new ApiError(ErrorCode.INTERNAL, "internal error (ref " + ref + "); the server log has the details"));
        });
    }

    private void get(String path, Handler h) {
        routes.add(new Route("GET", path));
        app.get(path, h);
    }

    private void post(String path, Handler h) {
        routes.add(new Route("POST", path));
        app.post(path, h);
    }

    private void readyz(Context ctx) {
        boolean ok = ready.get();
        ctx.status(ok ? 200 : 503).contentType(DiagnoseHandlers.JSON).result(Json.write(Json.MAPPER.createObjectNode()
                .put("status", ok ? "ready" : "not_ready").put("kb_version", naoru.snapshot().version())));
    }

    private void kbView(Context ctx, KbView kb) {
        var snapshot = naoru.snapshot();
        String etag = "\"" + snapshot.version() + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(DiagnoseHandlers.JSON).result(kb.json(snapshot));
    }

    /** Javalin's own 404/405/413… as our problems; a wrong method on a known path is 405 with Allow. */
    private ApiError fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 404 || status == 405) {
            String path = ctx.path().length() > 1 && ctx.path().endsWith("/") ? ctx.path().substring(0, ctx.path().length() - 1) : ctx.path();
            List<String> allowed = routes.stream().filter(r -> r.path().equals(path)).map(Route::method).distinct().toList();
            if (allowed.isEmpty() && !path.contains("..") && !path.endsWith("/") && NaoruServer.class.getResource("/public" + path) != null) {
                allowed = List.of("GET", "HEAD");
            }
            if (!allowed.isEmpty()) {
                String allow = String.join(", ", allowed);
                ctx.header("Allow", allow);
                return new ApiError(ErrorCode.METHOD_NOT_ALLOWED, ctx.method().name() + " is not allowed on " + path + "; use " + allow);
            }
            return new ApiError(ErrorCode.NOT_FOUND, "no route " + ctx.method().name() + " " + ctx.path() + "; the routes are listed in /openapi.json");
        }
        ErrorCode code = switch (status) {
            case 413 -> ErrorCode.BODY_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.INVALID_REQUEST;
        };
        return new ApiError(code, e.getMessage() == null ? "HTTP " + status : e.getMessage());
    }

    private void fail(Context ctx, ApiError e) {
        metrics.error(e.code());
        Problems.write(ctx, e);
    }

    /** Request metrics (the access log is Jetty's, written off the request path: {@link JettySetup}). */
    private void log(Context ctx, Float ms) {
        String path = ctx.path();
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int status = ctx.statusCode();
        String route = routes.stream().anyMatch(r -> r.path().equals(trimmed)) ? trimmed : status == 404 ? "unmatched" : "static";
        String method = ctx.method().name();
        metrics.request(route, method, status, ms);
    }

    private static byte[] resource(String name) {
        try (InputStream in = NaoruServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (rebuild the jar)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening (and watching, when configured); returns this. */
    public NaoruServer start() {
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {   // Javalin rethrows Jetty's checked failures (e.g. a port in use) undeclared
            throw new IllegalStateException(e.getMessage(), e);
        }
        JettySetup.idleTimeouts(app.jettyServer().server(), config);
        if (config.watch()) {
            watcher = new KbWatcher(List.of(naoru.kbDir().orElseThrow(), naoru.rulesDir().orElseThrow()),
                    config.watchInterval(), () -> reloader.reload("watch"));
            watcher.start();
        }
        ready.set(true);
        LOG.info("serving KB {} on http://{}:{}/ (routes: {})", naoru.snapshot().version(), config.host(), port(),
                routes.stream().map(Route::toString).collect(Collectors.joining(", ")));
        return this;
    }

    /** Stops: not ready, no more watching, requests in flight finish (up to the stop timeout). Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        ready.set(false);
        if (watcher != null) watcher.close();
        app.stop();
        metrics.close();
    }

    /** The port listened on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    /** Every route registered, in order; the admin route only when a token is set. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The metrics registry behind {@code /metrics}. */
    public HttpMetrics metrics() {
        return metrics;
    }
}
