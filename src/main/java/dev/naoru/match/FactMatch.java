package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;

import java.util.List;

/**
 * A fact found in the user's text.
 *
 * @param score    coverage of the best phrasing's weighted terms, 0..1
 * @param negated  said in the negative (contexts only: a negated symptom is not reported)
 * @param evidence the user's words that matched, in text order
 * @param phrasing the KB phrasing that matched best
 */
public record FactMatch(Fact fact, double score, boolean negated, List<String> evidence, Phrasing phrasing, int clause) {
    public FactMatch {
        evidence = List.copyOf(evidence);
    }

    public String id() {
        return fact.id();
    }
}
