package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.kb.FactKind;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A context denied with its object left out: 「パスワードちゃうって何べんも聞いてくるねん。変えてへんのに」 or
 * 「パスワードについては、…一切変更していないはずなんですが」. A negated predicate that is the last word of a
 * two-word context phrasing (パスワード + 変更 → password-changed), with that phrasing's object named in the
 * clauses just before ({@link #REACH}), denies the context when the text states it nowhere else. Bridge verbs
 * (使う, 入れる…) are too general to stand for one context and are left out. Thread-safe: built once.
 */
final class ElidedObject {
    /** How many clauses back the object may stand. */
    static final int REACH = 4;

    private record Reading(Fact fact, String object, CompiledPhrasing phrasing) {
    }

    private final Map<String, List<Reading>> byPredicate;

    private ElidedObject(Map<String, List<Reading>> byPredicate) {
        this.byPredicate = byPredicate;
    }

    static ElidedObject of(List<CompiledPhrasing> phrasings, Set<String> bridges) {
        Map<String, List<Reading>> m = new HashMap<>();
        for (CompiledPhrasing p : phrasings) {
            if (p.fact().kind() != FactKind.CONTEXT || p.requiresNegation() || p.terms().size() != 2) continue;
            String predicate = p.terms().get(1);
            if (bridges.contains(predicate) || bridges.contains(p.terms().get(0))) continue;
            m.computeIfAbsent(predicate, k -> new ArrayList<>()).add(new Reading(p.fact(), p.terms().get(0), p));
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new ElidedObject(Map.copyOf(m));
    }

    /** Contexts denied with their object elided; none already found in the text (by id) are returned. */
    List<FactMatch> find(List<Token> tokens, BitSet factWords, BitSet consumed, Set<String> found) {
        List<FactMatch> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token neg = tokens.get(i);
            Token v = tokens.get(i - 1);
            if (!neg.isNegation() || consumed.get(i) || factWords.get(v.position()) || v.clause() != neg.clause()) continue;
            List<Reading> rs = byPredicate.get(v.term());
            if (rs == null) continue;
            Optional<Reading> nearest = Optional.empty();
            int at = -1;
            for (Reading r : rs) {
                for (int j = i - 2; j >= 0 && tokens.get(j).clause() >= v.clause() - REACH; j--) {
                    if (tokens.get(j).term().equals(r.object())) {
                        if (j > at) {
                            at = j;
                            nearest = Optional.of(r);
                        }
                        break;
                    }
                }
            }
            if (nearest.isPresent() && !found.contains(nearest.get().fact().id())) {
                Reading r = nearest.get();
                found.add(r.fact().id());
                out.add(new FactMatch(r.fact(), 1.0, true, List.of(tokens.get(at).surface(), v.surface(), neg.surface()),
                        r.phrasing().phrasing(), v.clause()));
            }
        }
        return out;
    }
}
