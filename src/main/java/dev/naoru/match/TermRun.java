package dev.naoru.match;

import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of analyzer terms written as one kb/discourse.yaml entry, its terms separated by spaces: 「システム 状況」,
 * 「接続 ない」 (a word and its negation). The discourse readings look such runs up in a clause.
 */
record TermRun(List<String> terms) {
    TermRun {
        terms = List.copyOf(terms);
    }

    /** The runs of the entries, in their order. */
    static List<TermRun> of(List<String> entries) {
        List<TermRun> out = new ArrayList<>(entries.size());
        for (String e : entries) out.add(new TermRun(List.of(e.strip().split("\\s+"))));
        return List.copyOf(out);
    }

    /** Whether it ends in the negation (「緑 ない」: the word said in the negative). */
    boolean negated() {
        return terms.get(terms.size() - 1).equals(Token.NEGATION);
    }

    /** Whether the tokens of {@code clause} from {@code at} on are this run. */
    boolean at(List<Token> clause, int at) {
        if (at < 0 || at + terms.size() > clause.size()) return false;
        for (int k = 0; k < terms.size(); k++) if (!clause.get(at + k).term().equals(terms.get(k))) return false;
        return true;
    }

    /** Its tokens in {@code clause} from {@code at} on (call after {@link #at}). */
    List<Token> in(List<Token> clause, int at) {
        return clause.subList(at, at + terms.size());
    }
}
