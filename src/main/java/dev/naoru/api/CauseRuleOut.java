package dev.naoru.api;

import dev.naoru.rules.RuleOutFact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Lowers a cause's confidence to what the guided rules left it after the steps tried (rule_out). */
final class CauseRuleOut {
    private CauseRuleOut() {
    }

    /**
     * @param because gets one "ruled out by rule: …" line per rule that capped the cause, with the tried step it matched
     * @return the confidence, capped by the lowest cap any rule set
     */
    static double cap(String causeId, double confidence, Collection<RuleOutFact> ruledOut, Set<String> because) {
        double conf = confidence;
        List<RuleOutFact> mine = new java.util.ArrayList<>();
        for (RuleOutFact f : ruledOut) if (f.getCauseId().equals(causeId)) mine.add(f);
        if (mine.size() > 1) mine.sort(Comparator.comparing(RuleOutFact::getRule));
        for (RuleOutFact f : mine) {
            if (f.getMaxConfidence() < conf) conf = f.getMaxConfidence();
            because.add("ruled out by rule: " + f.getRule() + " (" + String.join(", ", f.getEvidence()) + ")");
        }
        return conf;
    }
}
