package dev.naoru.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A result's contract JSON with every step's {@code because} list sorted: the form that must not
 * change between calls or threads while the order of a step's evidence still follows Drools' firing
 * order (see the @Disabled DiagnoseBehaviourTest#deterministicOverScenarios).
 */
final class Canonical {
    private Canonical() {
    }

    static String of(Result r) {
        ObjectNode o = Json.result(r);
        for (JsonNode step : o.get("steps")) {
            List<String> items = new ArrayList<>();
            step.get("because").forEach(x -> items.add(x.asText()));
            items.sort(null);
            ArrayNode sorted = ((ObjectNode) step).putArray("because");
            items.forEach(sorted::add);
        }
        return Json.write(o);
    }
}
