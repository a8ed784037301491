package dev.naoru.plan;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** [steps, moreSteps] of {@code ordered} (the full plan after {@link FixFirst}); {@code max} 0 = all. */
    static List<List<PlanStep>> split(List<PlanStep> ordered, int front, int max) {
        if (max == 0 || ordered.size() <= max) return List.of(ordered, List.of());
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) rank.add(i);
        rank.sort(Comparator.<Integer>comparingInt(i -> i < front ? 0 : 1)
                .thenComparing(Comparator.<Integer>comparingInt(i -> ordered.get(i).priority()).reversed())
                .thenComparingInt(i -> i));
        boolean[] chosen = new boolean[ordered.size()];
        for (int k = 0; k < max; k++) chosen[rank.get(k)] = true;
        List<PlanStep> steps = new ArrayList<>();
        List<PlanStep> more = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) (chosen[i] ? steps : more).add(ordered.get(i));
        return List.of(steps, more);
    }
}
