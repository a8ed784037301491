package dev.naoru.kb;

import java.util.List;

/**
 * A symptom, context or topic with the many ways users phrase it.

 * A context said in the negative is reported negated; a symptom said in the negative
 * (「エラーは出てない」) is not reported; a topic ignores negation.
 *
 * @param outweighsMail an off-topic that stays off-topic even beside mail words (kb/scope.yaml
 *                      {@code intents}: 「お詫びメールの書き方」 asks how to write, not how to fix)
 */
public record Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source,
                   SourceRef where, boolean outweighsMail) {
    public Fact {
        phrasings = List.copyOf(phrasings);
    }

    public Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source, SourceRef where) {
        this(kind, id, label, phrasings, source, where, false);
    }
}
