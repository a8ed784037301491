package dev.naoru.rules;

import java.util.List;

/** What the rules derived for one request. */
public record RuleOutcome(List<StepFact> steps, List<SuppressFact> suppressed, List<CauseFact> causes,
                          List<AskFact> asks, List<FiredRule> fired, List<RuleOutFact> ruledOut) {
    public RuleOutcome {
        ruledOut = List.copyOf(ruledOut);
        steps = List.copyOf(steps);
        suppressed = List.copyOf(suppressed);
        causes = List.copyOf(causes);
        asks = List.copyOf(asks);
        fired = List.copyOf(fired);
    }

    /** An outcome in which nothing was ruled out. */
    public RuleOutcome(List<StepFact> steps, List<SuppressFact> suppressed, List<CauseFact> causes,
                       List<AskFact> asks, List<FiredRule> fired) {
        this(steps, suppressed, causes, asks, fired, List.of());
    }
}
