package dev.naoru.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.ErrorCode;
import dev.naoru.api.Json;
import dev.naoru.api.Naoru;
import dev.naoru.api.RequestException;
import dev.naoru.api.Result;
import dev.naoru.api.Snapshot;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code POST /v1/diagnose}, {@code /v1/diagnose/batch} and {@code /v1/explain}. */
final class DiagnoseHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnoseHandlers.class);
    static final String JSON = "application/json; charset=utf-8";

    private final Naoru naoru;
    private final ServerConfig config;
    private final HttpMetrics metrics;

    DiagnoseHandlers(Naoru naoru, ServerConfig config, HttpMetrics metrics) {
        this.naoru = naoru;
        this.config = config;
        this.metrics = metrics;
    }

    /** One contract request → one contract result. */
    void diagnose(Context ctx) {
        JsonNode node = Bodies.tree(Bodies.json(ctx, config.maxBodyBytes()));
        Result r;
        try {
            r = naoru.diagnose(Json.request(node));
        } catch (RequestException e) {
            metrics.diagnosis("error");
            throw ApiError.of(e, Bodies.idOf(node));
        }
        metrics.diagnosis(r.status().id());
        ctx.contentType(JSON);
        // Straight into the response stream, no tree: the KB's texts (most of a response) from bytes encoded once.
        try (JsonGenerator g = Json.MAPPER.createGenerator(ctx.outputStream())) {
            Json.write(g, r, naoru.snapshot().texts());
        } catch (java.io.IOException e) {
            LOG.debug("response not written: {}", e.toString());   // the client went away
        }
    }

    /**
     * A JSON array of requests → an array of results in the same order, all on one snapshot. A bad
     * item gets the contract's error object {@code {"id":…, "error":{code, message}}} and the rest go on.
     */
    void batch(Context ctx) {
        JsonNode root = Bodies.tree(Bodies.json(ctx, config.maxBatchBytes(), ErrorCode.BATCH_TOO_LARGE));
        if (!root.isArray()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "a batch is a JSON array of requests, e.g. [{\"id\": \"c1\", \"text\": \"…\"}]");
        }
        if (root.size() > config.maxBatchItems()) {
            throw new ApiError(ErrorCode.BATCH_TOO_LARGE, "the batch has " + root.size() + " requests; at most "
                    + config.maxBatchItems() + " are accepted, split it");
        }
        Snapshot snapshot = naoru.snapshot();
        List<Object> out = new ArrayList<>(root.size());   // a Result, or the error object of a bad item
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            int n = i + 1;   // items count from 1, like the lines of the CLI batch
            Optional<String> id = Bodies.idOf(item);
            try {
                Result r = snapshot.diagnose(Json.request(item));
                metrics.diagnosis(r.status().id());
                out.add(r);
            } catch (RequestException e) {
                metrics.diagnosis("error");
                out.add(Json.error(id, e.code(), "item " + n + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                metrics.diagnosis("error");
                LOG.error("batch item {} failed", n, e);
                out.add(Json.error(id, ErrorCode.INTERNAL, "item " + n + ": internal error; the server log has the details"));
            }
        }
        ctx.contentType(JSON);
        try (JsonGenerator g = Json.MAPPER.createGenerator(ctx.outputStream())) {
            g.writeStartArray();
            for (Object o : out) {
                if (o instanceof Result r) Json.write(g, r, snapshot.texts());
                else Json.MAPPER.writeTree(g, (JsonNode) o);
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            LOG.debug("response not written: {}", e.toString());   // the client went away
        }
    }

    /** Like diagnose, with the trace of matching and rule firing ({@code Explanation.toJson()}). */
    void explain(Context ctx) {
        JsonNode node = Bodies.tree(Bodies.json(ctx, config.maxBodyBytes()));
        JsonNode json;
        try {
            json = naoru.explain(Json.request(node)).toJson();
        } catch (RequestException e) {
            throw ApiError.of(e, Bodies.idOf(node));
        }
        write(ctx, json);
    }

    /** Serializes straight into the response stream: no intermediate String or byte array per request. */
    private void write(Context ctx, JsonNode n) {
        ctx.contentType(JSON);
        try (JsonGenerator g = Json.MAPPER.createGenerator(ctx.outputStream())) {
            Json.MAPPER.writeTree(g, n);
        } catch (java.io.IOException e) {
            LOG.debug("response not written: {}", e.toString());   // the client went away
        }
    }
}
