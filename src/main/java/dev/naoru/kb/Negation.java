package dev.naoru.kb;

import java.util.List;

/**
 * Negation vocabulary, as analyzed terms.
 *
 * @param negators  terms that negate what precedes them (ない, ん, へん, ず, 無い, なし…)
 * @param okMarkers terms saying something works (大丈夫, 普通, 問題なし…): they negate a context
 *                  ("他の端末は大丈夫") but never satisfy a negative symptom phrasing
 * @param blockers  verbs of getting fixed (消える, 直る…): a negation after one negates the fixing
 *                  (「エラーが消えない」), not the fact before it
 * @param window    how many content tokens after a phrasing a negation may stand and still apply
 */
public record Negation(List<String> negators, List<String> okMarkers, List<String> blockers, int window) {
    public Negation {
        negators = List.copyOf(negators);
        okMarkers = List.copyOf(okMarkers);
        blockers = List.copyOf(blockers);
    }
}
