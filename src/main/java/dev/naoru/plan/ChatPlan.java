package dev.naoru.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The short chat plan: at most {@code max} steps in {@code steps} so a chatbot's first reply fits a
 * phone screen; the rest, in plan order, in {@code moreSteps}.
 * <p>Which steps make the short plan: the front of the ordered plan (the minute of isolation and the
 * fix-first steps, see {@link FixFirst}), then the most relevant ones by the priority the rules gave
 * them. The chosen steps keep the plan's order, so within {@code steps} stages still come in order and
 * every destructive step still follows every non-destructive step of the earlier stages.
 */
final class ChatPlan {
    private ChatPlan() {
    }

    /** Whether step i ranks strictly before step j (i > j in plan order, so a tie keeps j first). */
    private static boolean before(List<PlanStep> ordered, int i, int j, int front) {
        int gi = i < front ? 0 : 1;
        int gj = j < front ? 0 : 1;
        if (gi != gj) return gi < gj;
        return ordered.get(i).priority() > ordered.get(j).priority();
    }

    /** [steps, moreSteps] of {@code ordered} (the full plan after {@link FixFirst}); {@code max} 0 = all. */
    static List<List<PlanStep>> split(List<PlanStep> ordered, int front, int max) {
        if (max == 0 || ordered.size() <= max) return List.of(ordered, List.of());
        // The front first, then by priority (higher first), then in plan order: the first max of that ranking.
        int n = ordered.size();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;   // insertion sort: a plan has a few dozen steps at most, and equal keys keep plan order
            while (j > 0 && before(ordered, i, rank[j - 1], front)) {
                rank[j] = rank[j - 1];
                j--;
            }
            rank[j] = i;
        }
        boolean[] chosen = new boolean[n];
        for (int k = 0; k < max; k++) chosen[rank[k]] = true;
        List<PlanStep> steps = new ArrayList<>();
        List<PlanStep> more = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) (chosen[i] ? steps : more).add(ordered.get(i));
        return List.of(steps, more);
    }
}
