package dev.naoru.kb;

import java.util.List;

/**
 * A symptom, context or topic with the many ways users phrase it.

 * A context said in the negative is reported negated; a symptom said in the negative
 * (「エラーは出てない」) is not reported; a topic ignores negation.
 *
 * @param implies facts of the same kind that always hold when this one does (no-trusted-device implies
 *                two-factor): a phrasing of this fact may match them too without a lint error
 */
public record Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source,
                   SourceRef where, List<String> implies) {
    public Fact {
        phrasings = List.copyOf(phrasings);
        implies = List.copyOf(implies);
    }

    /** A fact that implies no other. */
    public Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source, SourceRef where) {
        this(kind, id, label, phrasings, source, where, List.of());
    }
}
