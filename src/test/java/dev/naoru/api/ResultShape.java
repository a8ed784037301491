package dev.naoru.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.kb.Contract;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Stage;
import org.assertj.core.api.SoftAssertions;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks a result object against the contract's Result shape (shared/spec/contract.md). Ids may be any
 * the KB defines: the contract's ids are the required minimum (the loader refuses a KB without them)
 * and "you may add IDs".
 */
public final class ResultShape {
    private static final Set<String> STATUSES = Set.of("plan", "clarify", "no_match", "resolved", "escalate");
    private static final Set<String> SOURCES = Set.of("given", "detected", "answered", "unknown");
    private static final List<String> DEVICES = Arrays.stream(DeviceId.values()).map(DeviceId::id).toList();
    private static final List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::id).toList();

    private ResultShape() {
    }

    private static Set<String> ids(List<String> contract, java.util.function.Function<dev.naoru.kb.KnowledgeBase, java.util.Collection<String>> kb) {
        Set<String> out = new java.util.TreeSet<>(contract);
        out.addAll(kb.apply(TestNaoru.get().snapshot().kb()));
        return out;
    }

    public static void check(SoftAssertions soft, String who, JsonNode o) {
        soft.assertThat(o.isObject()).as("%s: an object", who).isTrue();
        for (String f : List.of("id", "status", "device", "symptoms", "contexts", "causes", "steps", "questions", "warnings", "kb")) {
            soft.assertThat(o.has(f)).as("%s: has field '%s'", who, f).isTrue();
        }
        if (!o.has("status")) return;
        soft.assertThat(o.get("id").isNull() || o.get("id").isTextual()).as("%s: id null or text", who).isTrue();
        soft.assertThat(o.get("status").asText()).as("%s: status", who).isIn(STATUSES);

        JsonNode d = o.get("device");
        soft.assertThat(d.isObject() && d.has("id") && d.has("source")).as("%s: device {id, source}", who).isTrue();
        soft.assertThat(d.path("source").asText()).as("%s: device.source", who).isIn(SOURCES);
        if (d.path("id").isNull()) {
            soft.assertThat(d.path("source").asText()).as("%s: null device has source unknown", who).isEqualTo("unknown");
        } else {
            soft.assertThat(d.path("id").asText()).as("%s: device.id", who).isIn(DEVICES);
            soft.assertThat(d.path("source").asText()).as("%s: known device's source", who).isNotEqualTo("unknown");
        }

        for (JsonNode s : array(soft, who, o, "symptoms")) {
            soft.assertThat(s.path("id").asText()).as("%s: symptom id", who).isIn(ids(Contract.SYMPTOMS, k -> k.symptoms().stream().map(f -> f.id()).toList()));
            soft.assertThat(s.path("score").isNumber()).as("%s: symptom score is a number", who).isTrue();
            soft.assertThat(s.path("score").asDouble(-1)).as("%s: symptom score", who).isBetween(0.0, 1.0);
            soft.assertThat(s.path("evidence").isArray()).as("%s: symptom evidence array", who).isTrue();
            s.path("evidence").forEach(e -> soft.assertThat(e.isTextual()).as("%s: evidence item is text", who).isTrue());
        }
        for (JsonNode c : array(soft, who, o, "contexts")) {
            soft.assertThat(c.path("id").isTextual()).as("%s: context id", who).isTrue();
            soft.assertThat(c.path("negated").isBoolean()).as("%s: context negated is boolean", who).isTrue();
        }
        for (JsonNode c : array(soft, who, o, "causes")) {
            soft.assertThat(c.path("id").asText()).as("%s: cause id", who).isIn(ids(Contract.CAUSES, k -> k.causesById().keySet()));
            soft.assertThat(c.path("confidence").isNumber()).as("%s: confidence is a number", who).isTrue();
            soft.assertThat(c.path("confidence").asDouble(-1)).as("%s: confidence", who).isBetween(0.0, 1.0);
        }
        for (JsonNode s : array(soft, who, o, "steps")) {
            soft.assertThat(s.path("id").asText()).as("%s: step id", who).isIn(ids(Contract.STEPS, k -> k.stepsById().keySet()));
            soft.assertThat(s.path("stage").asText()).as("%s: stage", who).isIn(STAGES);
            soft.assertThat(s.path("title").isTextual() && !s.path("title").asText().isBlank()).as("%s: step title", who).isTrue();
            soft.assertThat(s.path("instructions").isTextual() && !s.path("instructions").asText().isBlank()).as("%s: instructions", who).isTrue();
            soft.assertThat(s.path("destructive").isBoolean()).as("%s: destructive is boolean", who).isTrue();
            soft.assertThat(s.path("because").isArray() && s.path("because").size() > 0).as("%s: because list", who).isTrue();
            soft.assertThat(s.path("because").path(0).asText()).as("%s: because starts with a rule", who).startsWith("rule: ");
        }
        for (JsonNode q : array(soft, who, o, "questions")) {
            soft.assertThat(q.path("id").asText()).as("%s: question id", who).isIn(ids(Contract.QUESTIONS, k -> k.questionsById().keySet()));
            soft.assertThat(q.path("text").asText()).as("%s: question text", who).isNotBlank();
            soft.assertThat(q.path("options").isArray() && q.path("options").size() > 0).as("%s: options", who).isTrue();
            q.path("options").forEach(x -> soft.assertThat(x.isTextual()).as("%s: option is text", who).isTrue());
        }
        for (JsonNode w : array(soft, who, o, "warnings")) soft.assertThat(w.isTextual()).as("%s: warning is text", who).isTrue();
        String status = o.path("status").asText();
        soft.assertThat(o.has("resolved_by")).as("%s: resolved_by only when resolved", who).isEqualTo(status.equals("resolved"));
        if (status.equals("resolved")) soft.assertThat(o.path("steps").size()).as("%s: resolved has no steps", who).isZero();
        boolean handoffExpected = status.equals("plan") || status.equals("clarify") || status.equals("escalate");
        soft.assertThat(o.has("handoff")).as("%s: handoff in plan, clarify and escalate results", who).isEqualTo(handoffExpected);
        if (o.has("handoff")) {
            JsonNode h = o.get("handoff");
            soft.assertThat(h.path("summary").asText()).as("%s: handoff summary", who).isNotBlank();
            for (String f : List.of("symptoms", "contexts", "causes")) soft.assertThat(h.path(f).isArray()).as("%s: handoff.%s", who, f).isTrue();
            for (String f : List.of("answers", "tried")) soft.assertThat(h.path(f).isObject()).as("%s: handoff.%s", who, f).isTrue();
            soft.assertThat(h.has("device")).as("%s: handoff.device", who).isTrue();
        }
        soft.assertThat(o.path("kb").path("version").isTextual() && !o.path("kb").path("version").asText().isBlank())
                .as("%s: kb.version", who).isTrue();
    }

    private static Iterable<JsonNode> array(SoftAssertions soft, String who, JsonNode o, String field) {
        JsonNode a = o.path(field);
        soft.assertThat(a.isArray()).as("%s: '%s' is an array", who, field).isTrue();
        return a.isArray() ? a : List.of();
    }
}
