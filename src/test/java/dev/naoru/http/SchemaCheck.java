package dev.naoru.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against the subset of JSON Schema that openapi.json uses: $ref, type (one or
 * several), enum, properties, required, additionalProperties, items, oneOf. Enough to tell that the
 * server answers exactly the documented shapes.
 */
final class SchemaCheck {
    private final JsonNode root;

    SchemaCheck(JsonNode openapi) {
        this.root = openapi;
    }

    /** The schema at a JSON pointer of the document, e.g. {@code /components/schemas/Result}. */
    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** Every mismatch, as "path: what"; empty when the value fits. */
    List<String> check(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    private void check(JsonNode v, JsonNode s, String path, List<String> errors) {
        if (s.has("$ref")) {
            check(v, root.at(s.get("$ref").asText().substring(1)), path, errors);
            return;
        }
        if (s.has("oneOf")) {
            int fits = 0;
            List<String> why = new ArrayList<>();
            for (JsonNode alt : s.get("oneOf")) {
                List<String> e = new ArrayList<>();
                check(v, alt, path, e);
                if (e.isEmpty()) fits++;
                else why.add(e.get(0));
            }
            if (fits != 1) errors.add(path + ": fits " + fits + " of oneOf " + why);
            return;
        }
        if (s.has("type") && !typeFits(v, s.get("type"))) {
            errors.add(path + ": " + v.getNodeType() + " is not " + s.get("type"));
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) found |= e.equals(v);
            if (!found) errors.add(path + ": " + v + " not in " + s.get("enum"));
        }
        if (v.isObject()) {
            JsonNode props = s.path("properties");
            for (JsonNode r : s.path("required")) {
                if (!v.has(r.asText())) errors.add(path + ": missing " + r.asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode addl = s.get("additionalProperties");
                if (props.has(f.getKey())) check(f.getValue(), props.get(f.getKey()), path + "." + f.getKey(), errors);
                else if (addl != null && addl.isObject()) check(f.getValue(), addl, path + "." + f.getKey(), errors);
                else if (addl != null && addl.isBoolean() && !addl.asBoolean()) errors.add(path + ": undocumented field " + f.getKey());
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) check(v.get(i), s.get("items"), path + "[" + i + "]", errors);
        }
    }

    private static boolean typeFits(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeFits(v, t)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
