package dev.naoru.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The contract JSON of a {@link Handoff}. */
public final class HandoffJson {
    private HandoffJson() {
    }

    /** The handoff as a JSON tree; the same fields as {@link #write(JsonGenerator, Handoff, KbTexts)}. */
    public static ObjectNode write(Handoff h) {
        TokenBuffer buf = new TokenBuffer(Json.MAPPER, false);
        try {
            write(buf, h, KbTexts.NONE);
            return (ObjectNode) Json.MAPPER.readTree(buf.asParser());
        } catch (IOException e) {   // a buffer in memory does not fail
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the handoff object straight to a generator. */
    static void write(JsonGenerator g, Handoff h, KbTexts texts) throws IOException {
        g.writeStartObject();
        g.writeStringField("summary", h.summary());
        g.writeFieldName("device");
        if (h.device().isPresent()) g.writeString(h.device().get().id());
        else g.writeNull();
        g.writeFieldName("variant");
        if (h.variant().isPresent()) g.writeString(h.variant().get());
        else g.writeNull();
        Json.strings(g, "symptoms", h.symptoms());
        g.writeArrayFieldStart("contexts");
        for (Handoff.Context c : h.contexts()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeBooleanField("negated", c.negated());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("answers");
        for (Map.Entry<String, String> a : h.answers().entrySet()) g.writeStringField(a.getKey(), a.getValue());
        g.writeEndObject();
        g.writeObjectFieldStart("tried");
        for (Map.Entry<String, TriedOutcome> t : h.tried().entrySet()) g.writeStringField(t.getKey(), t.getValue().id());
        g.writeEndObject();
        g.writeArrayFieldStart("causes");
        for (Handoff.Cause c : h.causes()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("confidence", c.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("next");
        texts.writeString(g, h.next());
        g.writeEndObject();
    }
}
