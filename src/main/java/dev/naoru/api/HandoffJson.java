package dev.naoru.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The contract JSON of a {@link Handoff}. */
public final class HandoffJson {
    private HandoffJson() {
    }

    public static ObjectNode write(Handoff h) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("summary", h.summary());
        h.device().ifPresentOrElse(d -> o.put("device", d.id()), () -> o.putNull("device"));
        ArrayNode syms = o.putArray("symptoms");
        h.symptoms().forEach(syms::add);
        ArrayNode ctx = o.putArray("contexts");
        h.contexts().forEach(c -> ctx.addObject().put("id", c.id()).put("negated", c.negated()));
        ObjectNode answers = o.putObject("answers");
        h.answers().forEach(answers::put);
        ObjectNode tried = o.putObject("tried");
        h.tried().forEach((k, v) -> tried.put(k, v.id()));
        ArrayNode causes = o.putArray("causes");
        h.causes().forEach(c -> causes.addObject().put("id", c.id()).put("confidence", c.confidence()));
        o.put("next", h.next());
        return o;
    }
}
