package dev.naoru.plan;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Step;
import dev.naoru.rules.StepFact;
import dev.naoru.rules.SuppressFact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the rules' step proposals into an ordered plan: suppressed steps dropped, duplicates merged
 * (their reasons joined), then ordered by stage (contract order), non-destructive before destructive,
 * priority (highest first; a device's {@code priority_for} override replaces it) and id. Because stages
 * come first, every destructive step also comes after every non-destructive step of the earlier stages.
 * {@link #plan} adds the outage safety net, the fix-first lane and the short chat plan.
 */
public final class PlanBuilder {
    /** The plan order, also used by {@code explain} to say why a step sits where it does. */
    public static final Comparator<PlanStep> ORDER = PlanBuilder::compareSteps;

    /** Stage, then non-destructive first, then higher priority, then id: written out, as plans are sorted several times a request. */
    private static int compareSteps(PlanStep a, PlanStep b) {
        int c = a.stage().compareTo(b.stage());
        if (c != 0) return c;
        c = Boolean.compare(a.destructive(), b.destructive());
        if (c != 0) return c;
        c = Integer.compare(b.priority(), a.priority());
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private PlanBuilder() {
    }

    public static List<PlanStep> build(KnowledgeBase kb, Collection<StepFact> proposals,
                                       Collection<SuppressFact> suppressed, Optional<DeviceId> device) {
        return build(kb, proposals, suppressed, device, Optional.empty());
    }

    /** @param variant the device's variant (kb/devices.yaml): its texts win over the device's */
    public static List<PlanStep> build(KnowledgeBase kb, Collection<StepFact> proposals,
                                       Collection<SuppressFact> suppressed, Optional<DeviceId> device,
                                       Optional<String> variant) {
        Set<String> vetoed = suppressed.stream().map(SuppressFact::getStepId).collect(Collectors.toSet());
        Map<String, List<StepFact>> byStep = new LinkedHashMap<>();
        Map<String, List<StepFact>> overrides = new LinkedHashMap<>();
        String deviceId = device.map(DeviceId::id).orElse("");
        for (StepFact p : proposals) {
            if (vetoed.contains(p.getId())) continue;
            if (!p.isOverride()) byStep.computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(p);
            else if (p.getForDevice().equals(deviceId)) overrides.computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(p);
        }
        List<PlanStep> plan = new ArrayList<>();
        byStep.forEach((id, ps) -> kb.step(id).ifPresent(step -> plan.add(planStep(step, ps, overrides.getOrDefault(id, List.of()), device, variant))));
        plan.sort(ORDER);
        return plan;
    }

    /**
     * The whole plan stage: {@link #build} (suppress, merge, order), then the outage safety net
     * ({@link OutageGuard}), the fix-first lane ({@link FixFirst}), guided follow-ups first ({@link FollowUps}) and the short chat plan
     * ({@code ctx.maxSteps()} in {@code steps}, the rest in {@code moreSteps}).
     */
    public static Plan plan(KnowledgeBase kb, Collection<StepFact> proposals, Collection<SuppressFact> suppressed,
                            Optional<DeviceId> device, Optional<String> variant, PlanContext ctx) {
        List<PlanStep> ordered = new ArrayList<>(build(kb, proposals, suppressed, device, variant));
        List<Plan.Dropped> dropped = OutageGuard.apply(kb, ordered, ctx);
        ordered = new ArrayList<>(OutageGuard.raiseOutageChecks(ordered, ctx));
        ordered.sort(ORDER);
        int front = FixFirst.front(ordered);
        ordered = FixFirst.order(ordered);
        // Guided: the follow-ups of a tried step lead, and the short plan keeps them ahead of the fix-first front.
        int followUps = FollowUps.count(ordered);
        ordered = FollowUps.first(ordered);
        List<List<PlanStep>> split = ChatPlan.split(ordered, Math.min(ordered.size(), front + followUps), ctx.maxSteps());
        return new Plan(split.get(0), split.get(1), ordered, dropped);
    }

    /** Highest priority first, then rule name, then evidence: a full order, built once. */
    private static final Comparator<StepFact> PROPOSALS = Comparator.comparingInt(StepFact::getPriority).reversed()
            .thenComparing(StepFact::getRule).thenComparing(p -> String.join(", ", p.getEvidence()));
    private static final Comparator<StepFact> OVERRIDES = Comparator.comparingInt(StepFact::getPriority).reversed()
            .thenComparing(StepFact::getRule);

    /**
     * A step's priority is the highest any proposing rule gives it, unless a rule set a priority for
     * this device ({@code priority_for}): then the highest such override, which may be lower.
     */
    private static PlanStep planStep(Step step, List<StepFact> proposals, List<StepFact> overrides, Optional<DeviceId> device,
                                     Optional<String> variant) {
        // Drools hands facts back in no fixed order: sort fully so the same request gives the same JSON.
        if (proposals.size() > 1) proposals.sort(PROPOSALS);
        List<StepFact> byPriority = new ArrayList<>(overrides);
        if (byPriority.size() > 1) byPriority.sort(OVERRIDES);
        LinkedHashSet<String> because = new LinkedHashSet<>();
        for (StepFact p : proposals) because.add("rule: " + p.getRule());
        for (StepFact p : proposals) because.addAll(p.getEvidence());
        for (StepFact o : byPriority) because.add("rule: " + o.getRule() + " (priority for " + o.getForDevice() + ")");
        int priority = proposals.get(0).getPriority();
        if (!overrides.isEmpty()) {
            priority = Integer.MIN_VALUE;
            for (StepFact o : overrides) priority = Math.max(priority, o.getPriority());
        }
        return new PlanStep(step.id(), step.stage(), step.title(), step.instructionsFor(device, variant), step.destructive(),
                List.copyOf(because), priority, step.source());
    }
}
