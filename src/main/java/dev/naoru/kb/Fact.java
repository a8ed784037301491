package dev.naoru.kb;

import java.util.List;

/**
 * A symptom, context or topic with the many ways users phrase it.

 * A context said in the negative is reported negated; a symptom said in the negative
 * (「エラーは出てない」) is not reported; a topic ignores negation.
 */
public record Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source,
                   SourceRef where) {
    public Fact {
        phrasings = List.copyOf(phrasings);
    }
}
