package dev.naoru.plan;

import java.util.List;

/**
 * An ordered plan split for a chat: {@code steps} (the short plan), {@code moreSteps} (the rest, same
 * order), {@code all} (the whole plan in order), and the steps the plan stage's safety net dropped with the reason (shown by explain).
 */
public record Plan(List<PlanStep> steps, List<PlanStep> moreSteps, List<PlanStep> all, List<Dropped> dropped) {
    public Plan {
        steps = List.copyOf(steps);
        moreSteps = List.copyOf(moreSteps);
        all = List.copyOf(all);
        dropped = List.copyOf(dropped);
    }

    /** A step a rule proposed that the plan stage refused, and why. */
    public record Dropped(String stepId, String reason) {
        @Override
        public String toString() {
            return stepId + " (" + reason + ")";
        }
    }
}
