package dev.naoru.api;

import dev.naoru.kb.KnowledgeBase;
import dev.naoru.plan.PlanStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided-troubleshooting pass over a result (contract "Guided troubleshooting"): a tried step is
 * never offered again, a {@code fixed} one resolves the case, and when no step is left the case is
 * escalated to a person with a handoff. Stateless: everything comes from the request's {@code tried}.
 */
final class Guided {
    /** The escalation step offered when nothing else is left (unless it was tried too). */
    static final String CONTACT_SUPPORT = "contact-support";

    private Guided() {
    }

    /**
     * @param prevention the maintenance tips for the case's symptoms and contexts, shown when it is resolved
     */
    static Result apply(KnowledgeBase kb, Request req, Result r, List<String> prevention) {
        if (r.status() == Status.NO_MATCH) return r;
        Map<String, TriedOutcome> tried = req.tried();
        Optional<String> fixedBy = Optional.empty();
        for (Map.Entry<String, TriedOutcome> e : tried.entrySet()) {
            if (e.getValue() == TriedOutcome.FIXED) {
                fixedBy = Optional.of(e.getKey());
                break;
            }
        }
        if (fixedBy.isPresent()) {
            return with(r, Status.RESOLVED, List.of(), List.of(), prevention, fixedBy, Optional.empty());
        }
        // Tried steps left the proposals before the plan was built, and their follow-ups lead it (plan.FollowUps).
        List<PlanStep> left = r.steps();
        List<PlanStep> more = r.moreSteps();
        Status status = r.status();
        List<Result.QuestionAsked> questions = r.questions();
        // Nothing left but asking support: that is the escalation, with the handoff for the person.
        if (!tried.isEmpty() && more.isEmpty() && left.stream().allMatch(s -> s.id().equals(CONTACT_SUPPORT))) {
            status = Status.ESCALATE;
            if (tried.containsKey(CONTACT_SUPPORT)) left = List.of();
            else if (left.isEmpty()) left = contactSupport(kb, r, tried.size());
        }
        // The handoff still names the open questions (a person may ask them); an escalated result asks nothing.
        Handoff handoff = HandoffWriter.write(kb, req, with(r, status, left, questions, r.prevention(), Optional.empty(), Optional.empty()));
        return with(r, status, left, status == Status.ESCALATE ? List.of() : questions, r.prevention(), Optional.empty(), Optional.of(handoff));
    }

    /** The rules' proposals without the steps already tried: they are never offered again (before the plan is ordered and cut). */
    static List<dev.naoru.rules.StepFact> untried(List<dev.naoru.rules.StepFact> proposals, Request req) {
        if (req.tried().isEmpty()) return proposals;
        List<dev.naoru.rules.StepFact> out = new java.util.ArrayList<>(proposals.size());
        for (dev.naoru.rules.StepFact p : proposals) if (!req.tried().containsKey(p.getId())) out.add(p);
        return out;
    }

    private static List<PlanStep> contactSupport(KnowledgeBase kb, Result r, int triedCount) {
        return kb.step(CONTACT_SUPPORT).map(s -> List.of(new PlanStep(s.id(), s.stage(), s.title(), s.instructionsFor(r.device()),
                s.destructive(), List.of("rule: guided-no-step-left", "tried: " + triedCount + " steps, none fixed it"), 0, s.source())))
                .orElse(List.of());
    }

    private static Result with(Result r, Status status, List<PlanStep> steps, List<Result.QuestionAsked> questions,
                               List<String> prevention, Optional<String> resolvedBy, Optional<Handoff> handoff) {
        List<PlanStep> more = status == Status.PLAN || status == Status.CLARIFY ? r.moreSteps() : List.of();
        return new Result(r.id(), status, r.device(), r.deviceSource(), r.deviceVariant(), r.symptoms(), r.contexts(), r.causes(),
                steps, more, questions,
                r.warnings(), prevention, r.kbVersion(), resolvedBy, handoff);
    }
}
