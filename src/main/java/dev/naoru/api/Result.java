package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.plan.PlanStep;

import java.util.List;
import java.util.Optional;

/**
 * A diagnosis (contract "Result"); {@link Json} writes it in the contract's JSON shape.
 *
 * @param deviceVariant the edition of the device's app the texts were written for (kb/devices.yaml variants)
 * @param moreSteps     the rest of the plan beyond the short chat plan in {@code steps} (request option max_steps)
 */
public record Result(Optional<String> id, Status status, Optional<DeviceId> device, DeviceSource deviceSource,
                     Optional<String> deviceVariant,
                     List<SymptomFound> symptoms, List<ContextFound> contexts, List<CauseFound> causes,
                     List<PlanStep> steps, List<PlanStep> moreSteps, List<QuestionAsked> questions, List<String> warnings,
                     List<String> prevention, String kbVersion, Optional<String> resolvedBy, Optional<Handoff> handoff) {
    public Result {
        moreSteps = List.copyOf(moreSteps);
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        causes = List.copyOf(causes);
        steps = List.copyOf(steps);
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
        prevention = List.copyOf(prevention);
    }

    /** A symptom with its match score and the user's words (or the answer) that showed it. */
    public record SymptomFound(String id, double score, List<String> evidence) {
        public SymptomFound {
            evidence = List.copyOf(evidence);
        }
    }

    /** A context; negated when the user said it does not hold. */
    public record ContextFound(String id, boolean negated, List<String> evidence) {
        public ContextFound {
            evidence = List.copyOf(evidence);
        }
    }

    /** A cause with the highest confidence any rule gave it, and the rules that derived it. */
    public record CauseFound(String id, double confidence, String label, List<String> because) {
        public CauseFound {
            because = List.copyOf(because);
        }
    }

    /** A follow-up question with the options the client may send back. */
    public record QuestionAsked(String id, String text, List<String> options, java.util.Map<String, String> optionLabels) {
        public QuestionAsked {
            options = List.copyOf(options);
            optionLabels = java.util.Map.copyOf(optionLabels);
        }
    }

    /** A result before the guided pass, without a variant and with the whole plan in {@code steps}. */
    public Result(Optional<String> id, Status status, Optional<DeviceId> device, DeviceSource deviceSource,
                  List<SymptomFound> symptoms, List<ContextFound> contexts, List<CauseFound> causes,
                  List<PlanStep> steps, List<QuestionAsked> questions, List<String> warnings,
                  List<String> prevention, String kbVersion) {
        this(id, status, device, deviceSource, Optional.empty(), symptoms, contexts, causes, steps, List.of(), questions,
                warnings, prevention, kbVersion, Optional.empty(), Optional.empty());
    }

    public List<String> stepIds() {
        return steps.stream().map(PlanStep::id).toList();
    }
}
