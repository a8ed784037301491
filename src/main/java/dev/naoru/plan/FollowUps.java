package dev.naoru.plan;

import dev.naoru.kb.Stage;
import dev.naoru.rules.TriedFact;

import java.util.ArrayList;
import java.util.List;

/**
 * Guided troubleshooting: a step a rule proposed because of a tried step's outcome is what the user
 * should do next (the chat goes on from what they just did). Non-destructive follow-ups before the
 * escalate stage lead the plan, in plan order; everything else keeps its place.
 */
public final class FollowUps {
    private FollowUps() {
    }

    /** Whether a rule proposed {@code s} from a tried step's outcome (its {@code because} names the tried fact). */
    public static boolean isFollowUp(PlanStep s) {
        if (s.destructive() || s.stage() == Stage.ESCALATE) return false;
        for (String b : s.because()) if (b.startsWith(TriedFact.PREFIX)) return true;
        return false;
    }

    /** The follow-ups first, then the rest, each in their given order. */
    static List<PlanStep> first(List<PlanStep> ordered) {
        List<PlanStep> out = new ArrayList<>(ordered.size());
        for (PlanStep s : ordered) if (isFollowUp(s)) out.add(s);
        for (PlanStep s : ordered) if (!isFollowUp(s)) out.add(s);
        return out;
    }

    static int count(List<PlanStep> ordered) {
        int n = 0;
        for (PlanStep s : ordered) if (isFollowUp(s)) n++;
        return n;
    }
}
