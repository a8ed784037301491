package dev.naoru.kb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML file that remembers where every node came from, so that semantic errors found
 * after parsing ("unknown step 'foo'") can still be reported as {@code file:line:col}.
 */
public final class YamlDoc {
    /** A repeated key is an error, not "the last one wins" (a copied {@code when:} would replace the first). */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final String file;
    private final JsonNode root;
    private final Map<String, SourceRef> locations;

    private YamlDoc(String file, JsonNode root, Map<String, SourceRef> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Parses YAML text.
     *
     * @throws KbException with a located problem when the text is not valid YAML
     */
    public static YamlDoc parse(String file, String text) {
        java.util.List<Problem> layout = YamlLayout.check(file, text);
        if (!layout.isEmpty()) throw new KbException(layout);
        try (Locating p = new Locating(YAML.createParser(text), file)) {
            // One pass: the tree is read through a parser that notes where each path starts.
            JsonNode root = MAPPER.readTree(p);
            if (root == null || root.isMissingNode()) root = MAPPER.createObjectNode();
            Map<String, SourceRef> locations = p.locations;
            return new YamlDoc(file, root, locations);
        } catch (JsonProcessingException e) {
            throw new KbException(java.util.List.of(YamlLayout.explain(file, e)));
        } catch (IOException e) {
            throw new KbException(java.util.List.of(new Problem(file, 0, 0, "cannot read: " + e.getMessage(), "")));
        } catch (RuntimeException e) {
            // A parser bug on valid text (SnakeYAML 2.3 failed on an emoji at its buffer's end): a problem naming the file
            // and what to try, not an internal error that stops validate or eval.
            throw new KbException(java.util.List.of(new Problem(file, 0, 0, "the YAML parser failed on this file: " + e,
                    "check the characters near any emoji or unusual symbol; please report it with the file")));
        }
    }

    /**
     * The YAML parser as the tree reader sees it, noting the line and column where each path (a JSON pointer) is
     * first seen: the key of an object member, the value of an array element. Every way of advancing goes through
     * {@link #nextToken()}, so none is missed.
     */
    private static final class Locating extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        final Map<String, SourceRef> locations = new HashMap<>();
        private final String file;

        Locating(JsonParser p, String file) {
            super(p);
            this.file = file;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                JsonLocation loc = delegate.currentTokenLocation();
                locations.putIfAbsent(delegate.getParsingContext().pathAsPointer().toString(),
                        new SourceRef(file, loc.getLineNr(), loc.getColumnNr()));
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
    }

    public String file() {
        return file;
    }

    public Node root() {
        return new Node(this, root, "");
    }

    SourceRef locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceRef ref = locations.get(p);
            if (ref != null) return ref;
            int cut = p.lastIndexOf('/');
            if (cut < 0) return SourceRef.of(file);
            p = p.substring(0, cut);
        }
    }

    /** A node of the document with its JSON pointer, so it can always say where it is. */
    public record Node(YamlDoc doc, JsonNode json, String pointer) {
        public Node get(String field) {
            JsonNode child = json.get(field);
            return new Node(doc, child == null ? MissingNode.getInstance() : child, pointer + "/" + field);
        }

        public Node at(int index) {
            return new Node(doc, json.get(index), pointer + "/" + index);
        }

        public SourceRef where() {
            return doc.locate(pointer);
        }

        public boolean isMissing() {
            return json.isMissingNode() || json.isNull();
        }
    }
}
