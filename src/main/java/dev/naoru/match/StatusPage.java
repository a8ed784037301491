package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the outage status page shows, told across a clause boundary: 「Appleのシステム状況ページを確認したところ、
 * iCloudメールに「問題が発生しています」と表示されており」「ステータスページを見たら、iCloudメールが黄色くなってた」.
 * A clause naming the page (kb/discourse.yaml {@code status_pages}, not negated: 「システム状況は見てない」 names
 * nothing shown) and, in it or the next clause of the same sentence, a trouble word ({@code status_troubles}) in a
 * clause that is not negated (「問題はなかった」) and does not say it is over (the outage's {@code ended_by} words:
 * 「障害は解消済みになっていた」) state {@code outage-reported}. The phrasings cover the page and its state in one clause.
 */
final class StatusPage {
    static final String CONTEXT = "outage-reported";

    private final List<TermRun> pages;
    /** One word (黄色, 問題) or a word and its negation (緑 ない: 「丸が緑じゃなくて」). */
    private final List<TermRun> troubles;
    private final Set<String> over;

    /** @param endedBy the outage's {@code ended_by} words as analyzer terms (FactMatcher reads them once for both uses) */
    StatusPage(Discourse d, Set<String> endedBy) {
        this.pages = TermRun.of(d.statusPages());
        this.troubles = TermRun.of(d.statusTroubles());
        this.over = Set.copyOf(endedBy);
    }

    /** The outage-reported statement, with the page's words and the trouble shown, when the text reports one. */
    Optional<Statement> find(Analysis a) {
        if (pages.isEmpty() || troubles.isEmpty()) return Optional.empty();
        for (int c = 0; c < a.clauseCount(); c++) {
            List<Token> clause = a.clause(c);
            if (Token.anyNegation(clause)) continue;
            Optional<List<String>> page = page(clause);
            if (page.isEmpty()) continue;
            for (int shown = c; shown <= c + 1 && shown < a.clauseCount(); shown++) {
                if (shown > c && !sameSentence(a, clause, a.clause(shown))) break;
                List<Token> s = a.clause(shown);
                if (s.isEmpty() || Token.anyTerm(s, over)) continue;
                Optional<List<Token>> shownTrouble = trouble(s);
                if (shownTrouble.isPresent()) {
                    List<String> evidence = new ArrayList<>(page.get());
                    for (Token t : shownTrouble.get()) evidence.add(t.surface());
                    return Optional.of(new Statement(CONTEXT, shown, List.copyOf(evidence)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first trouble the clause shows: a one-word trouble in a clause with no negation (「問題はなかった」 shows
     * none), or a run ending in its negation (「緑じゃなくて」).
     */
    private Optional<List<Token>> trouble(List<Token> clause) {
        boolean negated = Token.anyNegation(clause);
        for (int i = 0; i < clause.size(); i++) {
            for (TermRun run : troubles) {
                if (negated == run.negated() && run.at(clause, i)) return Optional.of(run.in(clause, i));
            }
        }
        return Optional.empty();
    }

    /** The surfaces of the first page name the clause holds as a run of terms. */
    private Optional<List<String>> page(List<Token> clause) {
        for (TermRun p : pages) {
            for (int i = 0; i < clause.size(); i++) {
                if (!p.at(clause, i)) continue;
                List<String> surfaces = new ArrayList<>();
                for (Token t : p.in(clause, i)) surfaces.add(t.surface());
                return Optional.of(surfaces);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code after} follows {@code before} in the same sentence (both clauses not empty). */
    static boolean sameSentence(Analysis a, List<Token> before, List<Token> after) {
        if (before.isEmpty() || after.isEmpty()) return false;
        return a.sameSentence(before.get(before.size() - 1).end(), after.get(0).start());
    }
}
