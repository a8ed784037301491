package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An outage that came back: 「一回復旧したっぽかったのに、また落ちたみたい」「復旧したと思ったら、再びダウンしてる」.
 * A clause saying the service recovered (kb/discourse.yaml {@code relapse_after}: 復旧, 回復), not negated, then the
 * next clause of the same sentence opening with a word of again ({@code relapse_markers}: また, 再び) and holding a
 * word of going down ({@code relapse_troubles}: 落ちる, ダウン) not negated right after it: {@code outage-reported}
 * holds again.
 * Read alone, 「また落ちた」 could be an app that crashes again, and 「復旧した」 ends the outage (its ended_by), so
 * neither clause states it by itself: without this reading the plan was the normal one, with iCloud Mail off and on.
 */
final class Relapse {
    static final String CONTEXT = "outage-reported";

    /** Words after the going down a negation of it may come (落ちる わけ ない; 落ちる て は いる ない). */
    private static final int NEGATION_REACH = 3;

    private final Set<String> after;
    private final Set<String> markers;
    private final Set<String> troubles;

    Relapse(Discourse d) {
        this.after = Set.copyOf(d.relapseAfter());
        this.markers = Set.copyOf(d.relapseMarkers());
        this.troubles = Set.copyOf(d.relapseTroubles());
    }

    /** The outage-reported statement, with the recovery, the again and the going down, when the text tells one. */
    Optional<Statement> find(Analysis a) {
        if (after.isEmpty() || markers.isEmpty() || troubles.isEmpty()) return Optional.empty();
        for (int c = 0; c + 1 < a.clauseCount(); c++) {
            List<Token> recovered = a.clause(c);
            List<Token> again = a.clause(c + 1);
            if (recovered.isEmpty() || again.isEmpty() || Token.anyNegation(recovered)) continue;
            Optional<Token> back = first(recovered, after);
            if (back.isEmpty() || !markers.contains(again.get(0).term()) || !StatusPage.sameSentence(a, recovered, again)) continue;
            Optional<Token> down = first(again, troubles);
            if (down.isPresent() && !negatedSoon(again, down.get())) {
                return Optional.of(new Statement(CONTEXT, c + 1,
                        List.of(back.get().surface(), again.get(0).surface(), down.get().surface())));
            }
        }
        return Optional.empty();
    }

    /** 「また落ちたわけではない」: a negation within a few words after the going down denies it (not one of a later
     * symptom in the same clause: 「また不具合みたいでメールが送れない」). */
    private static boolean negatedSoon(List<Token> clause, Token down) {
        int at = clause.indexOf(down);
        for (int i = at + 1; i < clause.size() && i <= at + NEGATION_REACH; i++) if (clause.get(i).isNegation()) return true;
        return false;
    }

    private static Optional<Token> first(List<Token> clause, Set<String> terms) {
        for (Token t : clause) if (terms.contains(t.term())) return Optional.of(t);
        return Optional.empty();
    }
}
