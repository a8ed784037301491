package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sign-in code whose notice does not come: 「「確認コードを入力」って画面になるのに、iPhoneに何も通知が来ない」. A code word
 * (kb/discourse.yaml {@code code_words}) in a clause that does not deny it, and in the next clause of the same sentence a notice word
 * ({@code notice_words}: 通知) with an arrival word ({@code arrival_words}) negated and no mail word: the notice missing is
 * the code's, so the text states {@code no-trusted-device} (the code cannot be received), not late mail notifications.
 */
final class CodeNotice {
    static final String CONTEXT = "no-trusted-device";
    /** What the statement replaces in its clause: mail notifications that come late or not at all. */
    static final String MAIL_NOTICES = "notification-delay";

    private final Set<String> codes;
    private final Set<String> notices;
    private final Set<String> arrival;

    CodeNotice(Discourse d) {
        this.codes = Set.copyOf(d.codeWords());
        this.notices = Set.copyOf(d.noticeWords());
        this.arrival = Set.copyOf(d.arrivalWords());
    }

    /** The statement, in the clause of the missing notice, when the text says a code's notice does not come. */
    Optional<Statement> find(Analysis a, BitSet mailClauses) {
        for (int c = 0; c < a.clauseCount(); c++) {
            if (mailClauses.get(c)) continue;
            List<Token> clause = a.clause(c);
            if (clause.isEmpty() || !Token.anyNegation(clause) || !Token.anyTerm(clause, arrival)) continue;
            Optional<Token> notice = Token.first(clause, notices);
            if (notice.isEmpty()) continue;
            // The code asked for in the clause before, not denied there (「認証コードを求められたり…通知が来たりもしていません」
            // denies both; one clause with the code and the notice is the phrasing 「確認コードが来ない」 itself).
            if (c == 0) continue;
            List<Token> before = a.clause(c - 1);
            if (before.isEmpty() || Token.anyNegation(before) || !a.sameSentence(before.get(before.size() - 1).end(), clause.get(0).start())) continue;
            Optional<Token> code = Token.first(before, codes);
            if (code.isPresent()) return Optional.of(new Statement(CONTEXT, c, List.of(code.get().surface(), notice.get().surface())));
        }
        return Optional.empty();
    }
}
