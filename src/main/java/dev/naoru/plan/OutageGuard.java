package dev.naoru.plan;

import dev.naoru.kb.Effect;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last safety net of a suspected outage, driven by the steps' {@code effects}: nothing that
 * deletes, signs out, resets or changes credentials stays in the plan, whatever rule proposed it (so a
 * maintainer's new rule cannot bring a sign-out into an outage plan). The rules say the same in
 * readable form (rules/outage.yaml); this class only catches what they miss.
 * <p>Exception: a locked account ({@code cannot-sign-in}) shows on every device by nature, so the steps
 * that unlock or recover the account stay.
 */
final class OutageGuard {
    /** Account-level steps that are the fix for a locked or unrecoverable account, not a local reset. */
    static final Set<String> ACCOUNT_FIXES = Set.of("unlock-account", "recover-account");
    static final String LOCKED_SYMPTOM = "cannot-sign-in";

    private OutageGuard() {
    }

    /** Removes the steps with an effect from {@code plan} and returns what was removed, with the reason. */
    static List<Plan.Dropped> apply(KnowledgeBase kb, List<PlanStep> plan, PlanContext ctx) {
        List<Plan.Dropped> dropped = new ArrayList<>();
        if (!ctx.outage()) return dropped;
        plan.removeIf(p -> {
            Step step = kb.step(p.id()).orElse(null);
            if (step == null || !step.hasEffect() || allowed(p.id(), ctx)) return false;
            String effects = step.effects().stream().map(Effect::id).sorted().collect(Collectors.joining(", "));
            dropped.add(new Plan.Dropped(p.id(), "plan safety: suspected outage (server-outage) and the step " + effects));
            return true;
        });
        return dropped;
    }

    /** What an outage plan opens with, whichever rule proposed them and at what priority (contract). */
    static final List<String> OUTAGE_FIRST = List.of("check-system-status", "try-webmail", "wait-for-recovery");

    /**
     * In a suspected outage the status page, the web mail and the advice to wait are the fix: they get at
     * least the fix-first priority, so they lead the plan and always make the short chat plan, also when a
     * rule inferred the outage from tried steps and proposed them lower.
     */
    static List<PlanStep> raiseOutageChecks(List<PlanStep> plan, PlanContext ctx) {
        if (!ctx.outage()) return plan;
        return plan.stream().map(p -> !OUTAGE_FIRST.contains(p.id()) || p.priority() >= FixFirst.PRIORITY ? p
                : new PlanStep(p.id(), p.stage(), p.title(), p.instructions(), p.destructive(),
                        java.util.stream.Stream.concat(p.because().stream(), java.util.stream.Stream.of("plan: suspected outage, shown first")).toList(),
                        FixFirst.PRIORITY, p.source())).toList();
    }

    static boolean allowed(String stepId, PlanContext ctx) {
        return ACCOUNT_FIXES.contains(stepId) && ctx.symptoms().contains(LOCKED_SYMPTOM);
    }
}
