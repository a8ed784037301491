package dev.naoru.kb;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed values out of {@link YamlDoc.Node}s, collecting located problems instead of failing fast. */
public final class NodeReader {
    private final List<Problem> problems;

    public NodeReader(List<Problem> problems) {
        this.problems = problems;
    }

    public void problem(YamlDoc.Node where, String message, String hint) {
        problems.add(Problem.at(where.where(), message, hint));
    }

    /** The list under {@code field} of the root; reports a problem and returns empty when absent. */
    public List<YamlDoc.Node> list(YamlDoc.Node parent, String field, boolean required) {
        YamlDoc.Node n = parent.get(field);
        List<YamlDoc.Node> out = new ArrayList<>();
        if (n.isMissing()) {
            if (required) problem(parent, "missing list '" + field + "'", "add '" + field + ":' with at least one entry");
            return out;
        }
        if (!n.json().isArray()) {
            problem(n, "'" + field + "' must be a list", "write each entry on its own line starting with '- '");
            return out;
        }
        for (int i = 0; i < n.json().size(); i++) out.add(n.at(i));
        return out;
    }

    public String text(YamlDoc.Node parent, String field, boolean required) {
        YamlDoc.Node n = parent.get(field);
        if (n.isMissing()) {
            if (required) problem(parent, "missing '" + field + "'", "every entry needs '" + field + ":'");
            return "";
        }
        if (!n.json().isValueNode()) {
            problem(n, "'" + field + "' must be a single value", "quote the text if it contains ':' or '#'");
            return "";
        }
        String s = n.json().asText().strip();
        if (required && s.isEmpty()) problem(n, "'" + field + "' is empty", "");
        return s;
    }

    public boolean bool(YamlDoc.Node parent, String field, boolean dflt) {
        YamlDoc.Node n = parent.get(field);
        if (n.isMissing()) return dflt;
        if (!n.json().isBoolean()) {
            problem(n, "'" + field + "' must be true or false", "");
            return dflt;
        }
        return n.json().asBoolean();
    }

    public int integer(YamlDoc.Node parent, String field, int dflt) {
        YamlDoc.Node n = parent.get(field);
        if (n.isMissing()) return dflt;
        if (!n.json().isNumber()) {
            problem(n, "'" + field + "' must be a number", "");
            return dflt;
        }
        return n.json().asInt();
    }

    public double decimal(YamlDoc.Node n, double dflt) {
        if (n.isMissing()) return dflt;
        if (!n.json().isNumber()) {
            problem(n, "expected a number", "");
            return dflt;
        }
        return n.json().asDouble();
    }

    /** A list of strings; a single string is accepted as a one-element list. */
    public List<String> strings(YamlDoc.Node parent, String field) {
        YamlDoc.Node n = parent.get(field);
        List<String> out = new ArrayList<>();
        if (n.isMissing()) return out;
        if (n.json().isValueNode()) {
            out.add(n.json().asText().strip());
            return out;
        }
        if (!n.json().isArray()) {
            problem(n, "'" + field + "' must be a list of texts", "write [a, b] or one '- item' per line");
            return out;
        }
        for (int i = 0; i < n.json().size(); i++) {
            JsonNode item = n.json().get(i);
            if (!item.isValueNode()) problem(n.at(i), "list item must be a text", "");
            else if (!item.asText().isBlank()) out.add(item.asText().strip());
        }
        return out;
    }

    /** A mapping of texts ({@code key: value}), in file order. */
    public Map<String, String> stringMap(YamlDoc.Node parent, String field) {
        YamlDoc.Node n = parent.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissing()) return out;
        if (!n.json().isObject()) {
            problem(n, "'" + field + "' must be a mapping of key: text", "");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.json().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) problem(n.get(e.getKey()), "'" + e.getKey() + "' must be a text", "");
            else out.put(e.getKey(), e.getValue().asText().strip());
        }
        return out;
    }

    /** Reports keys that the schema does not know, naming the known ones (catches typos such as 'phrasing'). */
    public void onlyKeys(YamlDoc.Node node, Set<String> allowed) {
        if (!node.json().isObject()) {
            problem(node, "expected a mapping (key: value)", "known keys: " + String.join(", ", new TreeSet<>(allowed)));
            return;
        }
        for (Iterator<String> it = node.json().fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problem(node.get(k), "unknown key '" + k + "'", "known: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }
}
