package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A place searched and nothing found, told over several clauses: 「迷惑メールフォルダはまだ見てません。→ いま見て
 * みましたが、そこにもありませんでした」 or 「迷惑メールフォルダ、ゴミ箱、アーカイブ、全部探したけど無い」. The
 * spam folder, then a search verb in a clause not negated (kb/discourse.yaml {@code search_verbs}), then within
 * {@link #REACH} clauses one that only says nothing is there (a free ない with {@code absence_words} and bridges)
 * state {@code not-in-spam}, overriding an earlier 「まだ見てない」.
 */
final class FoundNowhere {
    /** The context a searched-and-empty spam folder states. */
    static final String CONTEXT = "not-in-spam";
    /** The term of the place searched (after synonyms: 迷惑メールフォルダ, ジャンク… → 迷惑メール). */
    static final String PLACE = "迷惑メール";
    /** How many clauses after the search the absence may come. */
    static final int REACH = 2;

    private FoundNowhere() {
    }

    /** The not-in-spam statement, when the text tells the search and its empty outcome; empty otherwise. */
    static Optional<FactMatch> find(Analysis a, Set<String> searchVerbs, Set<String> absence, Set<String> bridges, Optional<Fact> fact) {
        if (fact.isEmpty() || fact.get().phrasings().isEmpty()) return Optional.empty();
        List<Token> ts = a.tokens();
        int place = -1;
        for (Token t : ts) {
            if (t.term().equals(PLACE)) {
                place = t.position();
                break;
            }
        }
        if (place < 0) return Optional.empty();
        for (int i = place; i < ts.size(); i++) {
            Token s = ts.get(i);
            if (!searchVerbs.contains(s.term()) || Token.anyNegation(a.clause(s.clause()))) continue;
            for (int c = s.clause() + 1; c <= s.clause() + REACH && c < a.clauseCount(); c++) {
                List<Token> clause = a.clause(c);
                boolean onlyAbsence = !clause.isEmpty() && Token.anyNegation(clause)
                        && clause.stream().allMatch(t -> t.isNegation() || absence.contains(t.term()) || bridges.contains(t.term()));
                if (onlyAbsence) {
                    return Optional.of(new FactMatch(fact.get(), 1.0, false, List.of(ts.get(place).surface(), s.surface(),
                            clause.get(clause.size() - 1).surface()), fact.get().phrasings().get(0), c));
                }
            }
        }
        return Optional.empty();
    }
}
