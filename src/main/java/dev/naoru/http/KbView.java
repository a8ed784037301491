package dev.naoru.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.api.Json;
import dev.naoru.api.Request;
import dev.naoru.api.Snapshot;
import dev.naoru.kb.Cause;
import dev.naoru.kb.Device;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Question;
import dev.naoru.kb.Stage;
import dev.naoru.kb.Step;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code GET /v1/kb}: what a client UI needs to show choices and labels: version, counts, stages,
 * devices, symptoms, contexts, causes, steps (no instructions) and questions with their options.
 * Built once per snapshot version.
 */
final class KbView {
    private record Cached(String version, String json) {
    }

    private final ServerConfig config;
    private final AtomicReference<Cached> cache = new AtomicReference<>(new Cached("", ""));

    KbView(ServerConfig config) {
        this.config = config;
    }

    /** The JSON text for a snapshot. */
    String json(Snapshot s) {
        Cached c = cache.get();
        if (c.version().equals(s.version())) return c.json();
        String json = Json.write(build(s));
        cache.set(new Cached(s.version(), json));
        return json;
    }

    private ObjectNode build(Snapshot s) {
        KnowledgeBase kb = s.kb();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("version", s.version());
        o.putObject("counts").put("devices", kb.devices().size()).put("symptoms", kb.symptoms().size())
                .put("contexts", kb.contexts().size()).put("causes", kb.causes().size()).put("steps", kb.steps().size())
                .put("questions", kb.questions().size()).put("rules", s.rules().rules().size());
        o.putObject("limits").put("max_text_chars", Request.MAX_TEXT).put("max_body_bytes", config.maxBodyBytes())
                .put("max_batch_items", config.maxBatchItems()).put("max_batch_bytes", config.maxBatchBytes());
        ArrayNode stages = o.putArray("stages");
        for (Stage st : Stage.values()) stages.addObject().put("id", st.id()).put("label", st.label());
        ArrayNode devices = o.putArray("devices");
        for (Device d : kb.devices()) devices.addObject().put("id", d.id().id()).put("name", d.name());
        labelled(o.putArray("symptoms"), kb.symptoms());
        labelled(o.putArray("contexts"), kb.contexts());
        ArrayNode causes = o.putArray("causes");
        for (Cause c : kb.causes()) causes.addObject().put("id", c.id()).put("label", c.label());
        ArrayNode steps = o.putArray("steps");
        for (Step st : kb.steps()) {
            steps.addObject().put("id", st.id()).put("stage", st.stage().id()).put("title", st.title()).put("destructive", st.destructive());
        }
        ArrayNode questions = o.putArray("questions");
        for (Question q : kb.questions()) {
            ObjectNode n = questions.addObject().put("id", q.id()).put("text", q.text());
            q.options().forEach(n.putArray("options")::add);
            ObjectNode labels = n.putObject("option_labels");
            q.options().forEach(opt -> labels.put(opt, q.optionLabels().getOrDefault(opt, opt)));
        }
        return o;
    }

    private static void labelled(ArrayNode into, List<Fact> facts) {
        for (Fact f : facts) into.addObject().put("id", f.id()).put("label", f.label());
    }
}
