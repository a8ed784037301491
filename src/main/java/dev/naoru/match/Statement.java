package dev.naoru.match;

import dev.naoru.kb.Fact;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A context the discourse layer reads over several words or clauses (match/SameElsewhere, match/NamedSender),
 * with the clause that states it and the words that make it.
 */
record Statement(String contextId, int clause, List<String> evidence) {
    Statement {
        evidence = List.copyOf(evidence);
    }

    /** Its match, stated in full, when the KB has the context (with a phrasing to cite); empty otherwise. */
    Optional<FactMatch> match(Map<String, Fact> facts) {
        Fact fact = facts.get(contextId);
        if (fact == null || fact.phrasings().isEmpty()) return Optional.empty();
        return Optional.of(new FactMatch(fact, 1.0, false, evidence, fact.phrasings().get(0), clause));
    }
}
