package dev.naoru.kb;

import java.util.List;

/**
 * Negation vocabulary, as analyzed terms (see the header of {@code kb/negation.yaml}).
 *
 * @param negators   terms that negate what precedes them (ない, ん, へん, ず, 無い, なし…)
 * @param okMarkers  terms saying something works (大丈夫, 普通…): they negate a context
 *                   ("他の端末は大丈夫") but never satisfy a negative symptom phrasing
 * @param offMarkers terms saying something is switched off (オフ, 切る…), used like okMarkers
 * @param blockers   verbs of getting fixed (消える, 直る…): a negation after one negates the fixing
 *                   (「エラーが消えない」), not the fact before it
 * @param bridges    light words a negation may reach a fact through; any other word takes it
 * @param window     how many tokens after a phrasing a negation may stand and still apply
 * @param before     words saying the trouble came before the fact (前): followed by から they negate it
 *                   (「アップデートの前からでした」「機種変更する前から」)
 * @param prefixNegators English words that negate the context a few words after them ("no VPN", "not using", "haven't")
 * @param unrealized surfaces (as normalized, not terms) that, after a context's words in their clause, say the action is
 *                   asked about, weighed or planned, not done (「変えるべきでしょうか」「する予定」「変えようと思って」)
 */
public record Negation(List<String> negators, List<String> okMarkers, List<String> offMarkers, List<String> blockers,
                       List<String> bridges, int window, List<String> before, List<String> prefixNegators, List<String> unrealized) {
    public Negation {
        negators = List.copyOf(negators);
        okMarkers = List.copyOf(okMarkers);
        offMarkers = List.copyOf(offMarkers);
        blockers = List.copyOf(blockers);
        bridges = List.copyOf(bridges);
        before = List.copyOf(before);
        prefixNegators = List.copyOf(prefixNegators);
        unrealized = List.copyOf(unrealized);
    }

    /** Without {@code before} words. */
    public Negation(List<String> negators, List<String> okMarkers, List<String> offMarkers, List<String> blockers,
                    List<String> bridges, int window) {
        this(negators, okMarkers, offMarkers, blockers, bridges, window, List.of(), List.of(), List.of());
    }
}
