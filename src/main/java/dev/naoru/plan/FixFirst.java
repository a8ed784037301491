package dev.naoru.plan;

import dev.naoru.kb.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The "fix-first" lane: a step a rule proposes with priority {@value #PRIORITY} or more is the fix
 * for a cause the user named (2FA on a third-party app → app-password, a password change →
 * reenter-password, full storage → check-storage…), so it comes right after at most one isolate step
 * (a minute of isolation) instead of behind every generic check of the earlier stages.
 * <p>Destructive steps are never lifted: they stay after every non-destructive step of the earlier
 * stages (contract). Lifted steps keep the plan order among themselves (stage, then priority), so a
 * suspected outage still opens with the status page and the web mail (priority 100 / 98, isolate).
 */
final class FixFirst {
    /** Rules give this priority or more only to the step that fixes the cause they name. */
    static final int PRIORITY = 95;

    private FixFirst() {
    }

    /** How many steps lead the reordered plan: the minute of isolation plus the lifted steps. */
    static int front(List<PlanStep> sorted) {
        List<PlanStep> lifted = lifted(sorted);
        if (lifted.isEmpty()) return 0;
        boolean liftedIsolates = lifted.stream().anyMatch(p -> p.stage() == Stage.ISOLATE);
        boolean lead = !liftedIsolates && sorted.stream().anyMatch(p -> p.stage() == Stage.ISOLATE && !liftable(p));
        return lifted.size() + (lead ? 1 : 0);
    }

    private static List<PlanStep> lifted(List<PlanStep> sorted) {
        List<PlanStep> out = new ArrayList<>();
        for (PlanStep p : sorted) if (liftable(p)) out.add(p);
        return out;
    }

    static List<PlanStep> order(List<PlanStep> sorted) {
        List<PlanStep> lifted = lifted(sorted);
        if (lifted.isEmpty()) return sorted;
        List<PlanStep> out = new ArrayList<>();
        // One minute of isolation first, unless the lifted steps are isolation themselves (outage checks).
        boolean liftedIsolates = lifted.stream().anyMatch(p -> p.stage() == Stage.ISOLATE);
        if (!liftedIsolates) {
            sorted.stream().filter(p -> p.stage() == Stage.ISOLATE && !lifted.contains(p)).findFirst().ifPresent(out::add);
        }
        out.addAll(lifted);
        for (PlanStep p : sorted) if (!out.contains(p)) out.add(p);
        return out;
    }

    static boolean liftable(PlanStep p) {
        return p.priority() >= PRIORITY && !p.destructive();
    }
}
