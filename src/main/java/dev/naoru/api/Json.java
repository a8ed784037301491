package dev.naoru.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.kb.DeviceId;
import dev.naoru.plan.PlanStep;

import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads requests and writes results and errors in the JSON shapes of the public contract. */
public final class Json {
    /** Shared and thread-safe once configured; a request line with anything after its object is invalid. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses one request line or body. */
    public static Request parseRequest(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(withoutBom(text));
        } catch (JsonProcessingException e) {
            throw new RequestException(ErrorCode.INVALID_JSON, "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return request(node);
    }

    /** Files saved by Notepad or Excel start with a byte order mark, which JSON allows a reader to skip. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The request's id if the line is at least a JSON object with one, so an error can still carry it. */
    public static Optional<String> idOf(String text) {
        try {
            JsonNode n = MAPPER.readTree(withoutBom(text));
            return n != null && n.has("id") && n.get("id").isValueNode() && !n.get("id").isNull() ? Optional.of(n.get("id").asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public static Request request(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new RequestException(ErrorCode.INVALID_REQUEST, "a request is a JSON object such as {\"text\": \"…\", \"device\": \"iphone\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("id") && !f.equals("text") && !f.equals("device") && !f.equals("answers") && !f.equals("tried")
                    && !f.equals("max_steps")) {
                throw new RequestException(ErrorCode.INVALID_REQUEST, "unknown field '" + f + "'; a request has id, text, device, answers, tried, max_steps");
            }
        }
        Optional<String> id = Optional.empty();
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual() && !idNode.isNumber()) throw new RequestException(ErrorCode.INVALID_REQUEST, "'id' must be a string or a number");
            id = Optional.of(idNode.asText());
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) throw new RequestException(ErrorCode.TEXT_MISSING, "'text' is required: the user's message, 1 to 2000 characters");
        if (!textNode.isTextual()) throw new RequestException(ErrorCode.INVALID_REQUEST, "'text' must be a string");
        Optional<DeviceId> device = Optional.empty();
        JsonNode d = node.get("device");
        if (d != null && !d.isNull()) {
            if (!d.isTextual()) throw new RequestException(ErrorCode.INVALID_REQUEST, "'device' must be a string: one of " + DeviceId.known());
            device = Optional.of(device(d.asText()));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        JsonNode a = node.get("answers");
        if (a != null && !a.isNull()) {
            if (!a.isObject()) throw new RequestException(ErrorCode.INVALID_REQUEST, "'answers' must be an object such as {\"other-devices\": \"yes\"}");
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw new RequestException(ErrorCode.INVALID_REQUEST, "answers." + e.getKey() + " must be a string such as \"yes\"");
                }
                answers.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        Map<String, TriedOutcome> tried = TriedJson.read(node.get("tried"));
        RequestValidator.checkText(textNode.asText());
        return new Request(id, textNode.asText(), device, answers, tried, maxSteps(node.get("max_steps")));
    }

    /** {@code max_steps}: 0 (all) to {@link Request#MAX_MAX_STEPS}; absent or null = the default short plan. */
    private static int maxSteps(JsonNode n) {
        if (n == null || n.isNull()) return dev.naoru.plan.PlanContext.DEFAULT_MAX_STEPS;
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() > Request.MAX_MAX_STEPS) {
            throw new RequestException(ErrorCode.INVALID_REQUEST, "'max_steps' must be a whole number from 0 (the whole plan) to "
                    + Request.MAX_MAX_STEPS + "; got " + n);
        }
        return n.asInt();
    }

    /** @throws RequestException naming the known devices when the id is unknown */
    public static DeviceId device(String id) {
        return DeviceId.parse(id).orElseThrow(() -> new RequestException(ErrorCode.UNKNOWN_DEVICE,
                "unknown device '" + id + "'; use one of " + DeviceId.known()));
    }

    public static ObjectNode result(Result r) {
        ObjectNode o = MAPPER.createObjectNode();
        r.id().ifPresentOrElse(id -> o.put("id", id), () -> o.putNull("id"));
        o.put("status", r.status().id());
        ObjectNode dev = o.putObject("device");
        r.device().ifPresentOrElse(d -> dev.put("id", d.id()), () -> dev.putNull("id"));
        dev.put("source", r.deviceSource().id());
        r.deviceVariant().ifPresent(v -> dev.put("variant", v));
        ArrayNode syms = o.putArray("symptoms");
        for (Result.SymptomFound s : r.symptoms()) {
            ObjectNode n = syms.addObject().put("id", s.id()).put("score", s.score());
            s.evidence().forEach(n.putArray("evidence")::add);
        }
        ArrayNode ctx = o.putArray("contexts");
        for (Result.ContextFound c : r.contexts()) {
            ObjectNode n = ctx.addObject().put("id", c.id()).put("negated", c.negated());
            c.evidence().forEach(n.putArray("evidence")::add);
        }
        ArrayNode causes = o.putArray("causes");
        for (Result.CauseFound c : r.causes()) {
            ObjectNode n = causes.addObject().put("id", c.id()).put("confidence", c.confidence()).put("label", c.label());
            c.because().forEach(n.putArray("because")::add);
        }
        planSteps(o.putArray("steps"), r.steps());
        if (!r.moreSteps().isEmpty()) planSteps(o.putArray("more_steps"), r.moreSteps());
        ArrayNode qs = o.putArray("questions");
        for (Result.QuestionAsked q : r.questions()) {
            ObjectNode n = qs.addObject().put("id", q.id()).put("text", q.text());
            ArrayNode opts = n.putArray("options");
            q.options().forEach(opts::add);
            if (!q.optionLabels().isEmpty()) {
                ObjectNode labels = n.putObject("option_labels");
                q.options().forEach(k -> {
                    if (q.optionLabels().containsKey(k)) labels.put(k, q.optionLabels().get(k));
                });
            }
        }
        ArrayNode w = o.putArray("warnings");
        r.warnings().forEach(w::add);
        ArrayNode p = o.putArray("prevention");
        r.prevention().forEach(p::add);
        r.resolvedBy().ifPresent(id -> o.put("resolved_by", id));
        r.handoff().ifPresent(h -> o.set("handoff", HandoffJson.write(h)));
        o.putObject("kb").put("version", r.kbVersion());
        return o;
    }

    /** {@code steps} and {@code more_steps} have the same shape. */
    private static void planSteps(ArrayNode steps, List<PlanStep> plan) {
        for (PlanStep s : plan) {
            ObjectNode n = steps.addObject().put("id", s.id()).put("stage", s.stage().id()).put("title", s.title())
                    .put("instructions", s.instructions()).put("destructive", s.destructive());
            ArrayNode because = n.putArray("because");
            s.because().forEach(because::add);
            n.put("priority", s.priority());
            if (!s.source().isEmpty()) n.put("source", s.source());
        }
    }

    public static ObjectNode error(Optional<String> id, ErrorCode code, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        id.ifPresentOrElse(i -> o.put("id", i), () -> o.putNull("id"));
        o.putObject("error").put("code", code.id()).put("message", message);
        return o;
    }

    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
