package dev.naoru.http;

import dev.naoru.api.ErrorCode;
import dev.naoru.api.ReloadOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus metrics (scraped at {@code /metrics}):
 * <ul>
 *   <li>{@code naoru_http_requests_seconds{route,method,status}}: every request, with latency buckets</li>
 *   <li>{@code naoru_diagnoses_total{status}}: diagnoses by result status ({@code plan}, {@code clarify},
 *       {@code no_match}) or {@code error} when the request was refused</li>
 *   <li>{@code naoru_errors_total{code}}: problem responses by stable error code</li>
 *   <li>{@code naoru_reloads_total{outcome,trigger}}: KB reloads by outcome and by what asked for them</li>
 * </ul>
 * plus JVM memory, GC, thread, CPU and uptime gauges.
 */
public final class HttpMetrics implements AutoCloseable {
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public HttpMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // Present at 0 from the start, so a dashboard or alert sees the series before the first reload.
        for (ReloadOutcome.Kind k : ReloadOutcome.Kind.values()) {
            for (String trigger : new String[]{"watch", "admin"}) reloads(k, trigger);
        }
    }

    private Counter reloads(ReloadOutcome.Kind outcome, String trigger) {
        return Counter.builder("naoru.reloads").description("KB reloads by outcome and trigger")
                .tags("outcome", outcome.name().toLowerCase(Locale.ROOT), "trigger", trigger)
                .register(registry);
    }

    /** Records one finished HTTP request. */
    void request(String route, String method, int status, double millis) {
        Timer.builder("naoru.http.requests").description("HTTP requests by route, method and status")
                .tags("route", route, "method", method, "status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /**
     * The rules memo of the KB in use (reset when a reload swaps it): lookups answered from it and lookups that
     * ran a rules session, as {@code naoru_rules_memo_lookups{result="hit"|"miss"}}.
     */
    void rulesMemo(java.util.function.Supplier<dev.naoru.rules.RuleSet.MemoStats> current) {
        // A gauge holds its object weakly unless told otherwise: the supplier lambda has no other owner, so after a GC the
        // gauge read NaN and left the scrape (metricsCountRequestsDiagnosesAndErrors failed now and then).
        io.micrometer.core.instrument.Gauge.builder("naoru.rules.memo.lookups", current, c -> c.get().hits())
                .description("rule runs of the current KB answered from the rules memo (hit) or run in a session (miss)")
                .tag("result", "hit").strongReference(true).register(registry);
        io.micrometer.core.instrument.Gauge.builder("naoru.rules.memo.lookups", current, c -> c.get().misses())
                .description("rule runs of the current KB answered from the rules memo (hit) or run in a session (miss)")
                .tag("result", "miss").strongReference(true).register(registry);
    }

    /** Counts a diagnosis by its status id, or {@code error}. */
    void diagnosis(String status) {
        Counter.builder("naoru.diagnoses").description("diagnoses by result status").tag("status", status)
                .register(registry).increment();
    }

    /** Counts a problem response by code. */
    void error(ErrorCode code) {
        Counter.builder("naoru.errors").description("problem responses by error code").tag("code", code.id())
                .register(registry).increment();
    }

    /** Counts a reload by outcome ({@code swapped}, {@code unchanged}, {@code failed}) and trigger ({@code watch}, {@code admin}). */
    void reload(ReloadOutcome.Kind outcome, String trigger) {
        reloads(outcome, trigger).increment();
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
