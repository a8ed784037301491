package dev.naoru.api;

import dev.naoru.plan.Plan;
import dev.naoru.plan.PlanStep;
import dev.naoru.rules.OutcomeMemo;
import dev.naoru.rules.RuleOutcome;
import dev.naoru.rules.RuleSet;

import java.util.List;
import java.util.Optional;

/**
 * What the plan stage built from a remembered rules outcome: the ordered plan, causes, questions, tips and
 * handoff are a function of the request's facts (device, symptoms, contexts with their polarity, answers,
 * topics, tried steps), the device's variant, the status before planning and the plan length asked for.
 * The rules memo hands back the very outcome it derived before for equal facts, and only for equal facts,
 * so that outcome (by identity) stands for the facts here: a request whose facts came back skips the plan
 * stage as it skipped the rules session. Bounded like the rules memo and sized by the same
 * {@code -Dnaoru.rules.memo} (0 turns both off); one per snapshot, so a reload starts empty.
 */
public final class PlanMemo {
    private final OutcomeMemo<Key, Tail> memo = new OutcomeMemo<>(RuleSet.memoCapacity());

    /** Everything of a result after the rules, as the plan stage built it. */
    record Tail(Status status, List<Result.CauseFound> causes, List<PlanStep> steps, List<PlanStep> moreSteps,
                List<Result.QuestionAsked> questions, List<String> prevention, Optional<String> resolvedBy,
                Optional<Handoff> handoff, List<Plan.Dropped> dropped) {
    }

    /** The outcome compared by identity (it stands for its facts), the rest by value. */
    record Key(RuleOutcome outcome, VariantChoice variant, Status status, int maxSteps) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.outcome == outcome && k.status == status && k.maxSteps == maxSteps && k.variant.equals(variant);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(outcome) * 31 + status.ordinal()) * 31 + maxSteps * 17 + variant.hashCode();
        }
    }

    Tail get(Key key) {
        return memo.get(key);
    }

    void put(Key key, Tail tail) {
        memo.put(key, tail);
    }

    /** Plans found built before ({@code hits}) and built anew ({@code misses}), since this snapshot was built. */
    public RuleSet.MemoStats stats() {
        return new RuleSet.MemoStats(memo.hits(), memo.misses());
    }
}
