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

    static boolean allowed(String stepId, PlanContext ctx) {
        return ACCOUNT_FIXES.contains(stepId) && ctx.symptoms().contains(LOCKED_SYMPTOM);
    }
}
