package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.PreventionTip;
import dev.naoru.kb.Question;
import dev.naoru.match.FactMatch;
import dev.naoru.match.MatchResult;
import dev.naoru.match.WorksElsewhere;
import dev.naoru.plan.Plan;
import dev.naoru.plan.PlanBuilder;
import dev.naoru.plan.PlanContext;
import dev.naoru.plan.PlanStep;
import dev.naoru.rules.AnswerFact;
import dev.naoru.rules.AskFact;
import dev.naoru.rules.CauseFact;
import dev.naoru.rules.ContextFact;
import dev.naoru.rules.DeviceFact;
import dev.naoru.rules.RuleOutcome;
import dev.naoru.rules.RuleRunner;
import dev.naoru.rules.SymptomFact;
import dev.naoru.rules.TopicFact;
import dev.naoru.rules.TriedFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pipeline for one request on one snapshot: validate → match → rules → plan → questions. */
final class Diagnoser {
    /** Answers that stand for a context: yes = the context holds, no = it is negated (fixed order). */
    private static final Map<String, String> ANSWER_CONTEXTS = AnsweredByText.CONTEXT_OF_QUESTION;

    private Diagnoser() {
    }

    /** The result plus what explain shows. */
    record Diagnosis(Result result, MatchResult match, RuleOutcome outcome, List<Object> facts, List<Plan.Dropped> dropped) {
    }

    static Diagnosis diagnose(Snapshot snap, Request req, boolean trace) {
        KnowledgeBase kb = snap.kb();
        RequestValidator.validate(req, kb);
        MatchResult match = snap.matcher().match(snap.analyzer().analyze(req.text()), trace);
        List<String> warnings = new ArrayList<>();

        Optional<DeviceId> answeredDevice = Optional.ofNullable(req.answers().get("device")).flatMap(DeviceId::parse);
        Optional<DeviceId> device;
        DeviceSource source;
        if (req.device().isPresent()) {
            device = req.device();
            source = DeviceSource.GIVEN;
            match.device().filter(d -> d != req.device().get()).ifPresent(d -> warnings.add(
                    "the text mentions " + d.id() + " but the request gives " + req.device().get().id() + "; using " + req.device().get().id()));
        } else if (answeredDevice.isPresent()) {
            device = answeredDevice;
            source = DeviceSource.ANSWERED;
        } else if (match.device().isPresent()) {
            device = match.device();
            source = DeviceSource.DETECTED;
        } else {
            device = Optional.empty();
            source = DeviceSource.UNKNOWN;
        }

        VariantChoice variant = VariantChoice.choose(kb, device, req.answers(), match, warnings);

        Map<String, Result.SymptomFound> symptoms = new LinkedHashMap<>();
        for (FactMatch m : match.symptoms()) symptoms.put(m.id(), new Result.SymptomFound(m.id(), m.score(), m.evidence()));
        String errorAnswer = req.answers().getOrDefault("error-message", "none");
        boolean errorIsSymptom = false;
        for (dev.naoru.kb.Fact s : kb.symptoms()) errorIsSymptom |= s.id().equals(errorAnswer);
        if (errorIsSymptom) {
            symptoms.putIfAbsent(errorAnswer, new Result.SymptomFound(errorAnswer, 1.0, List.of("answer: error-message=" + errorAnswer)));
        }
        Map<String, Result.ContextFound> contexts = new LinkedHashMap<>();
        for (FactMatch m : match.contexts()) contexts.put(m.id(), new Result.ContextFound(m.id(), m.negated(), m.evidence()));
        // 「iPhoneでは普通に見れる」「ブラウザだと読める」: only this device is in trouble (the text answers other-devices).
        WorksElsewhere works = snap.matcher().worksElsewhere();
        if (!contexts.containsKey("other-devices-too") || works.saidWorking(match, "other-devices-too")) {
            works.evidence(match, device).ifPresent(e ->
                    contexts.put("other-devices-too", new Result.ContextFound("other-devices-too", true, List.of(e))));
        }
        // 「モバイルデータにしたら受信できた」「wifiのときだけ」: one kind of connection only (the text answers other-networks).
        if (!contexts.containsKey("other-networks-too") || works.saidWorking(match, "other-networks-too")) {
            works.networkEvidence(match).ifPresent(e ->
                    contexts.put("other-networks-too", new Result.ContextFound("other-networks-too", true, List.of(e))));
        }
        ANSWER_CONTEXTS.forEach((question, context) -> {
            String a = req.answers().get(question);
            if (a != null) contexts.put(context, new Result.ContextFound(context, a.equals("no"), List.of("answer: " + question + "=" + a)));
        });

        // Scope: a user of an iCloud-mail chat is about mail unless they name something else (LINE, 写真…)
        // and no mail word; a context alone (「新しいスマホに引き継ぎたい」) needs a mail or iCloud word.
        boolean anyPositiveContext = false;
        for (Result.ContextFound c : contexts.values()) anyPositiveContext |= !c.negated();
        boolean answered = !req.answers().isEmpty();
        boolean aboutService = !match.topics().isEmpty() || !match.services().isEmpty() || answered;
        Status status;
        if (match.elsewhere() && !answered) status = Status.NO_MATCH;
        else if (!symptoms.isEmpty() || anyPositiveContext && aboutService) status = Status.PLAN;
        else if (aboutService) status = Status.CLARIFY;
        else status = Status.NO_MATCH;

        List<Object> facts = new ArrayList<>();
        device.ifPresent(d -> facts.add(new DeviceFact(d.id())));
        symptoms.values().forEach(s -> facts.add(new SymptomFact(s.id(), s.score())));
        contexts.values().forEach(c -> facts.add(new ContextFact(c.id(), c.negated())));
        req.answers().forEach((q, a) -> facts.add(new AnswerFact(q, a)));
        match.topics().forEach(t -> facts.add(new TopicFact(t.id())));
        match.services().forEach(t -> facts.add(new TopicFact(t.id())));
        req.tried().forEach((step, o) -> facts.add(new TriedFact(step, o.id())));

        RuleOutcome outcome = status == Status.NO_MATCH
                ? new RuleOutcome(List.of(), List.of(), List.of(), List.of(), List.of())
                : RuleRunner.run(snap.rules(), facts, trace);
        // The rules memo hands back the same outcome for facts that came back: so does the plan stage (PlanMemo).
        PlanMemo.Key key = trace || status == Status.NO_MATCH ? null : new PlanMemo.Key(outcome, variant, status, req.maxSteps());
        PlanMemo.Tail tail = key == null ? null : snap.plans().get(key);
        if (tail == null) {
            tail = tail(kb, req, outcome, status, device, variant, symptoms, contexts);
            if (key != null) snap.plans().put(key, tail);
        }
        Result result = new Result(req.id(), tail.status(), device, source, variant.variant(), List.copyOf(symptoms.values()),
                List.copyOf(contexts.values()), tail.causes(), tail.steps(), tail.moreSteps(), tail.questions(), warnings,
                tail.prevention(), snap.version(), tail.resolvedBy(), tail.handoff());
        return new Diagnosis(result, match, outcome, facts, tail.dropped());
    }

    /**
     * The plan stage: the rules' steps ordered into a plan, causes, questions, tips, the guided pass and the
     * handoff. A function of the request's facts, the variant, the status before planning and the plan length
     * alone (the user's words and the evidence are not read), so it is remembered ({@link PlanMemo}).
     */
    private static PlanMemo.Tail tail(KnowledgeBase kb, Request req, RuleOutcome outcome, Status status, Optional<DeviceId> device,
                                      VariantChoice variant, Map<String, Result.SymptomFound> symptoms,
                                      Map<String, Result.ContextFound> contexts) {
        boolean outage = false;
        for (CauseFact c : outcome.causes()) outage |= c.getId().equals("server-outage");
        Plan plan = PlanBuilder.plan(kb, Guided.untried(outcome.steps(), req), outcome.suppressed(), device, variant.variant(),
                new PlanContext(outage, symptoms.keySet(), req.maxSteps()));
        List<PlanStep> steps = plan.steps();
        if (status == Status.PLAN && steps.isEmpty()) status = Status.CLARIFY;

        List<Result.QuestionAsked> questions = new ArrayList<>(status == Status.NO_MATCH ? List.of()
                : questions(kb, req, outcome, status, device.isEmpty()));
        questions.removeIf(q -> AnsweredByText.answer(q.id(), contexts).isPresent());
        if (status != Status.NO_MATCH) variant.question(kb, device, plan.all()).ifPresent(questions::add);
        List<String> tips = prevention(kb, symptoms.keySet(), contexts);
        // The guided pass and the handoff read a whole result: one with this request's head, whose tail is kept.
        Result r = new Result(req.id(), status, device, DeviceSource.UNKNOWN, variant.variant(), List.copyOf(symptoms.values()),
                List.copyOf(contexts.values()), causes(kb, outcome), steps, plan.moreSteps(), questions, List.of(),
                status == Status.PLAN ? tips : List.of(), "", Optional.empty(), Optional.empty());
        r = Guided.apply(kb, req, r, tips);
        return new PlanMemo.Tail(r.status(), r.causes(), r.steps(), r.moreSteps(), r.questions(), r.prevention(), r.resolvedBy(),
                r.handoff(), plan.dropped());
    }

    private static final Comparator<CauseFact> CAUSE_FACTS = Comparator.comparingDouble(CauseFact::getConfidence).reversed()
            .thenComparing(CauseFact::getRule);
    private static final Comparator<Result.CauseFound> CAUSES = Comparator.comparingDouble(Result.CauseFound::confidence).reversed()
            .thenComparing(Result.CauseFound::id);

    private static List<Result.CauseFound> causes(KnowledgeBase kb, RuleOutcome outcome) {
        Map<String, List<CauseFact>> byId = new LinkedHashMap<>();
        for (CauseFact c : outcome.causes()) byId.computeIfAbsent(c.getId(), k -> new ArrayList<>()).add(c);
        List<Result.CauseFound> out = new ArrayList<>();
        byId.forEach((id, cs) -> {
            // Drools hands facts back in identity-hash order: sort so the same request always gives the same 'because'.
            cs.sort(CAUSE_FACTS);
            double conf = cs.stream().mapToDouble(CauseFact::getConfidence).max().orElse(0);
            LinkedHashSet<String> because = new LinkedHashSet<>();
            cs.forEach(c -> because.add("rule: " + c.getRule()));
            conf = CauseRuleOut.cap(id, conf, outcome.ruledOut(), because);
            String label = kb.causesById().containsKey(id) ? kb.causesById().get(id).label() : id;
            out.add(new Result.CauseFound(id, conf, label, List.copyOf(because)));
        });
        out.sort(CAUSES);
        return out;
    }

    private static List<Result.QuestionAsked> questions(KnowledgeBase kb, Request req, RuleOutcome outcome, Status status,
                                                        boolean deviceUnknown) {
        Set<String> wanted = new LinkedHashSet<>();
        if (deviceUnknown) wanted.add("device");
        if (status == Status.CLARIFY) wanted.add("error-message");
        outcome.asks().stream().map(AskFact::getQuestionId).forEach(wanted::add);
        List<Result.QuestionAsked> out = new ArrayList<>();
        for (Question q : kb.questions()) {
            if (wanted.contains(q.id()) && !req.answers().containsKey(q.id())) {
                out.add(new Result.QuestionAsked(q.id(), q.text(), q.options(), q.optionLabels()));
            }
        }
        return out;
    }

    private static List<String> prevention(KnowledgeBase kb, Set<String> symptoms, Map<String, Result.ContextFound> contexts) {
        List<String> out = new ArrayList<>();
        for (PreventionTip t : kb.prevention()) {
            boolean always = t.whenSymptomsAny().isEmpty() && t.whenContextsAny().isEmpty();
            if (always || anyOf(t.whenSymptomsAny(), symptoms) || anyStated(t.whenContextsAny(), contexts)) out.add(t.text());
        }
        return out;
    }

    private static boolean anyOf(List<String> ids, Set<String> found) {
        for (String id : ids) if (found.contains(id)) return true;
        return false;
    }

    private static boolean anyStated(List<String> ids, Map<String, Result.ContextFound> contexts) {
        for (String id : ids) {
            Result.ContextFound c = contexts.get(id);
            if (c != null && !c.negated()) return true;
        }
        return false;
    }
}
