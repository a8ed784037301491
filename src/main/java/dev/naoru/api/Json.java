package dev.naoru.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.naoru.kb.DeviceId;
import dev.naoru.plan.PlanStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads requests and writes results and errors in the JSON shapes of the public contract. */
public final class Json {
    /** Deliberate parser limits (far above any real request, far below what could hurt): past them, {@code json_too_complex}. */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(200).maxNumberLength(100).maxStringLength(1_000_000).maxNameLength(1_000).build();

    /**
     * Shared and thread-safe once configured. A request line with anything after its object is
     * invalid, and so is an object naming a field twice (which value would count is anyone's guess).
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(LIMITS).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses one request line or body. */
    public static Request parseRequest(String text) {
        return request(parseTree(text));
    }

    /** Parses one JSON document (a leading byte order mark is skipped), or {@code invalid_json}/{@code json_too_complex}. */
    public static JsonNode parseTree(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(withoutBom(text));
        } catch (JsonProcessingException e) {
            throw jsonError(e);
        }
        if (node == null || node.isMissingNode()) throw new RequestException(ErrorCode.INVALID_JSON, "empty; send a JSON object such as {\"text\": \"…\"}");
        return node;
    }

    /** The id of a parsed request object, when it has a usable one (so an error can still carry it). */
    public static Optional<String> idOf(JsonNode n) {
        if (n == null || !n.isObject()) return Optional.empty();
        JsonNode id = n.get("id");
        return id != null && (id.isTextual() || id.isNumber()) ? Optional.of(id.asText()) : Optional.empty();
    }

    /**
     * A parse failure as a request error: {@code json_too_complex} past {@link #LIMITS}, else
     * {@code invalid_json}; the message says what and where, without the parser's class names.
     */
    public static RequestException jsonError(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String at = loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new RequestException(ErrorCode.JSON_TOO_COMPLEX, "the JSON exceeds a limit: " + plain(m) + at);
        }
        if (m.startsWith("Trailing token")) m = "content after the end of the JSON document";
        return new RequestException(ErrorCode.INVALID_JSON, "not valid JSON: " + plain(m) + at);
    }

    /** Drops the parser's internal names ({@code `com.fasterxml…`}, feature flags) from a message. */
    private static String plain(String m) {
        return m.replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll(":?\\s*not allowed as per `[^`]*`", "")
                .replaceAll("\\s*\\(for `[^`]*`\\)", "")
                .replaceAll("`[^`]*(jackson|Feature|Constraints)[^`]*`", "(parser setting)")
                .replaceAll("(?s)\\R.*", "")
                .strip();
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
            device = Optional.of(exactDevice(d.asText()));
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

    /** A device id exactly as the contract spells it (lower case, no spaces), for JSON requests. */
    private static DeviceId exactDevice(String id) {
        DeviceId d = device(id);
        if (!d.id().equals(id)) {
            throw new RequestException(ErrorCode.UNKNOWN_DEVICE, "unknown device '" + id + "'; ids are exact and lower-case: use '"
                    + d.id() + "' (one of " + DeviceId.known() + ")");
        }
        return d;
    }

    /** @throws RequestException naming the known devices when the id is unknown */
    public static DeviceId device(String id) {
        return DeviceId.parse(id).orElseThrow(() -> new RequestException(ErrorCode.UNKNOWN_DEVICE,
                "unknown device '" + id + "'; use one of " + DeviceId.known()));
    }

    /** A result as a JSON tree (tests, explain, the CLI's --json); the same fields as {@link #write(JsonGenerator, Result, KbTexts)}. */
    public static ObjectNode result(Result r) {
        TokenBuffer buf = new TokenBuffer(MAPPER, false);
        try {
            write(buf, r, KbTexts.NONE);
            return (ObjectNode) MAPPER.readTree(buf.asParser());
        } catch (IOException e) {   // a buffer in memory does not fail
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a result in the contract's shape straight to a generator, with no tree in between (the one
     * mapping of a result to JSON: {@link #result} reads its tree back from it). The KB's texts go out
     * from the bytes {@code texts} encoded once; the user's words, ids and numbers are written as usual.
     */
    public static void write(JsonGenerator g, Result r, KbTexts texts) throws IOException {
        g.writeStartObject();
        g.writeFieldName("id");
        if (r.id().isPresent()) g.writeString(r.id().get());
        else g.writeNull();
        g.writeStringField("status", r.status().id());
        g.writeObjectFieldStart("device");
        g.writeFieldName("id");
        if (r.device().isPresent()) g.writeString(r.device().get().id());
        else g.writeNull();
        g.writeStringField("source", r.deviceSource().id());
        if (r.deviceVariant().isPresent()) g.writeStringField("variant", r.deviceVariant().get());
        g.writeEndObject();
        g.writeArrayFieldStart("symptoms");
        for (Result.SymptomFound s : r.symptoms()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeNumberField("score", s.score());
            strings(g, "evidence", s.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contexts");
        for (Result.ContextFound c : r.contexts()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeBooleanField("negated", c.negated());
            strings(g, "evidence", c.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("causes");
        for (Result.CauseFound c : r.causes()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("confidence", c.confidence());
            g.writeFieldName("label");
            texts.writeString(g, c.label());
            strings(g, "because", c.because());
            g.writeEndObject();
        }
        g.writeEndArray();
        planSteps(g, "steps", r.steps(), texts);
        if (!r.moreSteps().isEmpty()) planSteps(g, "more_steps", r.moreSteps(), texts);
        g.writeArrayFieldStart("questions");
        for (Result.QuestionAsked q : r.questions()) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeFieldName("text");
            texts.writeString(g, q.text());
            g.writeArrayFieldStart("options");
            for (String o : q.options()) g.writeString(o);
            g.writeEndArray();
            if (!q.optionLabels().isEmpty()) {
                g.writeObjectFieldStart("option_labels");
                for (String k : q.options()) {
                    String label = q.optionLabels().get(k);
                    if (label == null) continue;
                    g.writeFieldName(k);
                    texts.writeString(g, label);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "warnings", r.warnings());
        g.writeArrayFieldStart("prevention");
        for (String tip : r.prevention()) texts.writeString(g, tip);
        g.writeEndArray();
        if (r.resolvedBy().isPresent()) g.writeStringField("resolved_by", r.resolvedBy().get());
        if (r.handoff().isPresent()) {
            g.writeFieldName("handoff");
            HandoffJson.write(g, r.handoff().get(), texts);
        }
        g.writeObjectFieldStart("kb");
        g.writeStringField("version", r.kbVersion());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code steps} and {@code more_steps} have the same shape. */
    private static void planSteps(JsonGenerator g, String field, List<PlanStep> plan, KbTexts texts) throws IOException {
        g.writeArrayFieldStart(field);
        for (PlanStep s : plan) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("stage", s.stage().id());
            g.writeFieldName("title");
            texts.writeString(g, s.title());
            g.writeFieldName("instructions");
            texts.writeString(g, s.instructions());
            g.writeBooleanField("destructive", s.destructive());
            strings(g, "because", s.because());
            g.writeNumberField("priority", s.priority());
            if (!s.source().isEmpty()) {
                g.writeFieldName("source");
                texts.writeString(g, s.source());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
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
