package dev.naoru.kb;

import java.util.List;

/**
 * A symptom, context or topic with the many ways users phrase it.

 * A context said in the negative is reported negated; a symptom said in the negative
 * (「エラーは出てない」) is not reported; a topic ignores negation.
 *
 * @param implies       facts of the same kind that always hold when this one does (no-trusted-device implies
 *                      two-factor): a phrasing of this fact may match them too without a lint error
 * @param outweighsMail an off-topic that stays off-topic even beside mail words (kb/scope.yaml
 *                      {@code intents}: 「お詫びメールの書き方」 asks how to write, not how to fix)
 * @param yieldsToSymptoms an intent that outweighs mail words but not a symptom said beside it
 *                      ({@code yields_to_symptoms: true}: 「ダークモードにしたい」 is a preference, 「ダークモードに
 *                      してから受信できない」 a fault)
 * @param hearsay       a context users mostly learn from others ({@code hearsay: true}; outage-reported:
 *                      「障害が起きてるらしい」「サーバーが落ちてるって聞いた」): a clause that reports or guesses it
 *                      still states it, where any other context said so is dropped as a guess
 * @param endedBy       words that say a context is over ({@code ended_by}; outage-reported: 「障害が終わったのに」
 *                      「復旧済みなのに」): said right after it in the past or perfect, the context reads as no longer holding
 */
public record Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source,
                   SourceRef where, List<String> implies, boolean outweighsMail, boolean yieldsToSymptoms, boolean hearsay,
                   List<String> endedBy) {
    public Fact {
        phrasings = List.copyOf(phrasings);
        implies = List.copyOf(implies);
        endedBy = List.copyOf(endedBy);
    }

    /** A fact that is no intent, or an intent that outweighs symptoms too. */
    public Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source,
                SourceRef where, List<String> implies, boolean outweighsMail) {
        this(kind, id, label, phrasings, source, where, implies, outweighsMail, false, false, List.of());
    }

    /** A fact that implies no other and is not an off-topic intent. */
    public Fact(FactKind kind, String id, String label, List<Phrasing> phrasings, String source, SourceRef where) {
        this(kind, id, label, phrasings, source, where, List.of(), false);
    }
}
