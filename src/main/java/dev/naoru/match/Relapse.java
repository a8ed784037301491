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
 * next clause of the same sentence with a word of again ({@code relapse_markers}: また, 再び) at its start or after a
 * word or two of when, and after it a trouble ({@code relapse_troubles}: a word of going down, 落ちる, ダウン, not
 * negated right after it, or a failing written with its negation, 接続 ない: 「夕方からまた繋がらなくなってる」):
 * {@code outage-reported} holds again.
 * Read alone, 「また落ちた」 could be an app that crashes again, and 「復旧した」 ends the outage (its ended_by), so
 * neither clause states it by itself: without this reading the plan was the normal one, with iCloud Mail off and on.
 */
final class Relapse {
    static final String CONTEXT = "outage-reported";

    /** Words after the going down a negation of it may come (落ちる わけ ない; 落ちる て は いる ない). */
    private static final int NEGATION_REACH = 3;
    /** Words of when that may stand before また in its clause (「夕方 から また」). */
    private static final int MARKER_REACH = 2;

    private final Set<String> after;
    private final Set<String> markers;
    /** kb/discourse.yaml outage_owners: 「直ったのにまたアプリが落ちる」 is the app's, not an outage's return. */
    private final Set<String> owners;
    /** Each a run of terms: one word (落ちる) or a word and its negation (接続 ない: 「また繋がらなくなった」). */
    private final List<TermRun> troubles;

    Relapse(Discourse d) {
        this.after = Set.copyOf(d.relapseAfter());
        this.markers = Set.copyOf(d.relapseMarkers());
        this.owners = Set.copyOf(d.outageOwners());
        this.troubles = TermRun.of(d.relapseTroubles());
    }

    /** The outage-reported statement, with the recovery, the again and the going down, when the text tells one. */
    Optional<Statement> find(Analysis a) {
        if (after.isEmpty() || markers.isEmpty() || troubles.isEmpty()) return Optional.empty();
        List<Token> again = a.clauseCount() > 0 ? a.clause(0) : List.of();
        for (int c = 0; c + 1 < a.clauseCount(); c++) {
            List<Token> recovered = again;   // each clause read once: this one was the last round's next
            again = a.clause(c + 1);
            if (recovered.isEmpty() || again.isEmpty() || Token.anyNegation(recovered)) continue;
            Optional<Token> back = Token.first(recovered, after);
            if (back.isEmpty() || !StatusPage.sameSentence(a, recovered, again)) continue;
            // また opens the clause or stands before the trouble after a word or two of when (「夕方からまた繋がらなく」).
            for (int m = 0; m < again.size() && m <= MARKER_REACH; m++) {
                if (!markers.contains(again.get(m).term())) continue;
                Optional<List<Token>> down = trouble(again, m + 1);
                if (down.isPresent() && !ownedElsewhere(again, down.get().get(0))) {
                    List<String> evidence = new java.util.ArrayList<>(List.of(back.get().surface(), again.get(m).surface()));
                    for (Token t : down.get()) evidence.add(t.surface());
                    return Optional.of(new Statement(CONTEXT, c + 1, evidence));
                }
                break;
            }
        }
        return Optional.empty();
    }

    /** The first trouble run in {@code clause} from {@code from} on, unless a one-word trouble is negated right after it. */
    private Optional<List<Token>> trouble(List<Token> clause, int from) {
        for (int i = from; i < clause.size(); i++) {
            for (TermRun run : troubles) {
                if (!run.at(clause, i)) continue;
                if (!run.negated() && negatedSoon(clause, clause.get(i))) return Optional.empty();
                return Optional.of(run.in(clause, i));
            }
        }
        return Optional.empty();
    }

    /** Whether another service or thing (outage_owners) is named before the trouble in its clause (「またアプリが落ちた」). */
    private boolean ownedElsewhere(List<Token> clause, Token trouble) {
        for (Token t : clause) {
            if (t == trouble) return false;
            if (owners.contains(t.term())) return true;
        }
        return false;
    }

    /** 「また落ちたわけではない」: a negation within a few words after the going down denies it (not one of a later
     * symptom in the same clause: 「また不具合みたいでメールが送れない」). */
    private static boolean negatedSoon(List<Token> clause, Token down) {
        int at = clause.indexOf(down);
        for (int i = at + 1; i < clause.size() && i <= at + NEGATION_REACH; i++) if (clause.get(i).isNegation()) return true;
        return false;
    }
}
