package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;

import java.util.List;

/**
 * A KB phrasing after analysis.
 *
 * @param terms            content terms (the negation term excluded), in phrasing order; repeats kept
 * @param weights          IDF weight of each term, aligned with {@code terms}
 * @param requiresNegation the phrasing says ない (「取得できない」), so the text must too
 */
record CompiledPhrasing(Fact fact, Phrasing phrasing, List<String> terms, double[] weights, boolean requiresNegation,
                        double totalWeight) {
    CompiledPhrasing(Fact fact, Phrasing phrasing, List<String> terms, double[] weights, boolean requiresNegation) {
        this(fact, phrasing, terms, weights, requiresNegation, java.util.Arrays.stream(weights).sum());
    }
}
