package dev.naoru.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.naoru.kb.Cause;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.PreventionTip;
import dev.naoru.kb.Question;
import dev.naoru.kb.Step;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The KB's own texts that results carry unchanged (step titles, instructions and sources, question
 * texts and option labels, cause labels, prevention tips), each JSON-quoted and UTF-8-encoded once per
 * snapshot. A response is mostly these Japanese texts (about 13 of its 16 KB); encoding them on every
 * request was a tenth of a request thread's CPU. Looked up by identity: a result holds the KB's very
 * String objects, and any other string (the user's words, ids, numbers) is written as usual.
 */
public final class KbTexts {
    private final Map<String, SerializedString> encoded;

    private KbTexts(Map<String, SerializedString> encoded) {
        this.encoded = encoded;
    }

    static KbTexts of(KnowledgeBase kb) {
        Map<String, SerializedString> m = new IdentityHashMap<>();
        for (Step s : kb.steps()) {
            add(m, s.title());
            add(m, s.source());
            s.instructions().values().forEach(t -> add(m, t));
        }
        for (Question q : kb.questions()) {
            add(m, q.text());
            q.optionLabels().values().forEach(t -> add(m, t));
        }
        for (Cause c : kb.causesById().values()) add(m, c.label());
        for (PreventionTip t : kb.prevention()) add(m, t.text());
        return new KbTexts(Collections.unmodifiableMap(m));   // read-only from here on: safe to share across threads
    }

    private static void add(Map<String, SerializedString> m, String text) {
        if (text != null && !text.isEmpty()) m.putIfAbsent(text, new SerializedString(text));
    }

    /** No texts: every string is written as usual (a JSON tree, where encoded bytes would not help). */
    static final KbTexts NONE = new KbTexts(Map.of());

    /** Writes a string that may be one of the KB's texts: from its encoded bytes when it is, as usual when not. */
    void writeString(JsonGenerator g, String text) throws IOException {
        SerializedString known = text == null || encoded.isEmpty() ? null : encoded.get(text);
        if (known != null) g.writeString(known);
        else g.writeString(text);
    }

    int size() {
        return encoded.size();
    }
}
