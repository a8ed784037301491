package dev.naoru.match;

import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The reach of a negation over a comma list: 「パスワード変更、機種変更、OSアップデート、どれもしていません」
 * or 「VPN、構成プロファイル、省電力モード、そういうのは一切使ってません」 deny every item, not only the last.
 * A list is a run of clauses joined by commas (one segment) that each name a context and little else
 * (no symptom, no negation of their own, at most {@link #SLACK} other content word); the clause that
 * closes it carries a free negation and either the last item (「…、機種変更もしてない」) or only light
 * words (kb/negation.yaml bridges: どれ, 全部, 一切, そういう…). Immutable.
 */
final class ListScope {
    /** Content words an item may have besides its context's own words and bridges (「OSのアップデート」: os). */
    static final int SLACK = 1;

    private final BitSet negatedClauses;
    private final List<String> notes;

    private ListScope(BitSet negatedClauses, List<String> notes) {
        this.negatedClauses = negatedClauses;
        this.notes = List.copyOf(notes);
    }

    /**
     * Finds the list items a later negation denies.
     *
     * @param contextWords positions of words of matched contexts
     * @param symptomWords positions of words of matched symptoms
     * @param consumed     negations a negative phrasing already used (「取得できない」)
     * @param bridges      light words (kb/negation.yaml bridges)
     * @param offMarkers   words of switching off or removing (kb/negation.yaml off_markers)
     * @param anaphors     terms pointing back (kb/discourse.yaml anaphors: そういう, そんな)
     */
    static ListScope of(String text, List<Token> tokens, int clauseCount, BitSet contextWords, BitSet symptomWords,
                        BitSet consumed, Set<String> bridges, Set<String> offMarkers, Set<String> anaphors) {
        // Each pass is a method of its own: as one method C2 spent over a second compiling it.
        Kind[] kinds = new Kind[clauseCount];
        int[] segment = new int[clauseCount];
        classify(text, tokens, contextWords, symptomWords, consumed, bridges, kinds, segment);
        BitSet negated = new BitSet();
        List<String> notes = new ArrayList<>();
        listItems(kinds, segment, negated, notes);
        undone(tokens, kinds, contextWords, symptomWords, bridges, offMarkers, negated, notes);
        pointedBack(tokens, clauseCount, contextWords, symptomWords, consumed, anaphors, negated, notes);
        return new ListScope(negated, notes);
    }

    /** Each clause's kind (item, closing item, summary, other) and segment. */
    private static void classify(String text, List<Token> tokens, BitSet contextWords, BitSet symptomWords, BitSet consumed,
                                 Set<String> bridges, Kind[] kinds, int[] segment) {
        int clauseCount = kinds.length;
        for (int c = 0; c < clauseCount; c++) kinds[c] = Kind.OTHER;
        int from = 0;
        for (int c = 0; c < clauseCount; c++) {
            int to = from;
            while (to < tokens.size() && tokens.get(to).clause() == c) to++;
            if (to > from) {
                segment[c] = tokens.get(from).segment();
                kinds[c] = kind(tokens.subList(from, to), contextWords, symptomWords, consumed, bridges);
                // 「パスワード変えた、VPNは使ってない」: an item ending in a verb is a statement of its own, not a list item.
                int next = to < tokens.size() ? tokens.get(to).start() : text.length();
                if (kinds[c] == Kind.ITEM && !nominalEnding(text.substring(Math.min(tokens.get(to - 1).end(), next), next))) {
                    kinds[c] = Kind.OTHER;
                }
            }
            from = to;
        }
    }

    /** The items of a comma list before its closing negation or summary (「…、どれもしていません」). */
    private static void listItems(Kind[] kinds, int[] segment, BitSet negated, List<String> notes) {
        for (int c = 1; c < kinds.length; c++) {
            if (kinds[c] != Kind.CLOSING_ITEM && kinds[c] != Kind.SUMMARY) continue;
            for (int j = c - 1; j >= 0 && kinds[j] == Kind.ITEM && segment[j] == segment[c]; j--) {
                negated.set(j);
                notes.add("clause " + j + " negated: list item before the negation of clause " + c);
            }
        }
    }

    /**
     * 「VPNアプリを入れていたんですが、帰国してすぐアンインストールしました」: a clause that only switches off or
     * removes (kb/negation.yaml off_markers) undoes what the clause before it set up.
     */
    private static void undone(List<Token> tokens, Kind[] kinds, BitSet contextWords, BitSet symptomWords, Set<String> bridges,
                               Set<String> offMarkers, BitSet negated, List<String> notes) {
        for (int c = 1; c < kinds.length; c++) {
            if (kinds[c - 1] == Kind.OTHER && !hasOnly(tokens, c - 1, contextWords, symptomWords)) continue;
            if (undoes(tokens, c, contextWords, symptomWords, bridges, offMarkers) && !negated.get(c - 1)) {
                negated.set(c - 1);
                notes.add("clause " + (c - 1) + " negated: undone by clause " + c);
            }
        }
    }

    /**
     * 「VPNについて聞かれそうなので…そういうものは一度も入れたことがありません」: a negated anaphor naming nothing
     * itself denies the contexts named in the clauses before it (up to ANAPHOR_REACH, stopping at a symptom).
     */
    private static void pointedBack(List<Token> tokens, int clauseCount, BitSet contextWords, BitSet symptomWords, BitSet consumed,
                                    Set<String> anaphors, BitSet negated, List<String> notes) {
        for (int c = 1; c < clauseCount; c++) {
            if (!negatedAnaphor(tokens, c, contextWords, symptomWords, consumed, anaphors)) continue;
            for (int j = c - 1; j >= 0 && j >= c - ANAPHOR_REACH; j--) {
                if (hasSymptom(tokens, j, symptomWords)) break;
                if (hasOnly(tokens, j, contextWords, symptomWords) && !negated.get(j)) {
                    negated.set(j);
                    notes.add("clause " + j + " negated: 「" + anaphorOf(tokens, c, anaphors) + "」 of clause " + c + " points back to it");
                }
            }
        }
    }

    /** How many clauses back a negated anaphor reaches. */
    static final int ANAPHOR_REACH = 3;

    private static boolean negatedAnaphor(List<Token> tokens, int clause, BitSet contextWords, BitSet symptomWords, BitSet consumed,
                                          Set<String> anaphors) {
        boolean anaphor = false;
        boolean negation = false;
        for (Token t : tokens) {
            if (t.clause() != clause) continue;
            if (symptomWords.get(t.position())) return false;
            anaphor |= anaphors.contains(t.term());
            negation |= t.isNegation() && !consumed.get(t.position());
        }
        return anaphor && negation;
    }

    private static String anaphorOf(List<Token> tokens, int clause, Set<String> anaphors) {
        for (Token t : tokens) if (t.clause() == clause && anaphors.contains(t.term())) return t.surface();
        return "";
    }

    private static boolean hasSymptom(List<Token> tokens, int clause, BitSet symptomWords) {
        for (Token t : tokens) if (t.clause() == clause && symptomWords.get(t.position())) return true;
        return false;
    }

    /** The clause names a context. */
    private static boolean hasOnly(List<Token> tokens, int clause, BitSet contextWords, BitSet symptomWords) {
        boolean context = false;
        for (Token t : tokens) {
            if (t.clause() != clause) continue;
            // A symptom said there too (「VPNを入れたら受信できない。すぐオフにした」) does not keep the context on.
            context |= contextWords.get(t.position());
        }
        return context;
    }

    /** The clause only switches something off (an off marker not negated, at most SLACK + 1 other content words). */
    private static boolean undoes(List<Token> tokens, int clause, BitSet contextWords, BitSet symptomWords, Set<String> bridges,
                                  Set<String> offMarkers) {
        boolean off = false;
        int other = 0;
        for (Token t : tokens) {
            if (t.clause() != clause) continue;
            if (contextWords.get(t.position()) || symptomWords.get(t.position()) || t.isNegation()) return false;
            if (offMarkers.contains(t.term())) off = true;
            else if (!bridges.contains(t.term())) other++;
        }
        return off && other <= SLACK + 1;
    }

    /** What may follow a list item before the comma: nothing, or a particle such as も, は, とか, など (never た, て, る). */
    private static boolean nominalEnding(String tail) {
        // The tail without punctuation and white space ([、,。.\\s]) is at most four of these particles: a loop, as it
        // runs on every clause (a regex replace compiled its pattern each time).
        int kept = 0;
        for (int i = 0; i < tail.length(); i++) {
            char ch = tail.charAt(i);
            if (ch == '、' || ch == ',' || ch == '。' || ch == '.' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B'
                    || ch == '\f' || ch == '\r') {
                continue;
            }
            if (++kept > 4 || "もはとかやなどのを".indexOf(ch) < 0) return false;
        }
        return true;
    }

    private enum Kind { ITEM, CLOSING_ITEM, SUMMARY, OTHER }

    private static Kind kind(List<Token> clause, BitSet contextWords, BitSet symptomWords, BitSet consumed, Set<String> bridges) {
        boolean context = false;
        boolean freeNegation = false;
        int other = 0;
        for (Token t : clause) {
            int p = t.position();
            if (symptomWords.get(p)) return Kind.OTHER;
            if (t.isNegation()) {
                if (consumed.get(p)) return Kind.OTHER;
                freeNegation = true;
            } else if (contextWords.get(p)) {
                context = true;
            } else if (!bridges.contains(t.term())) {
                other++;
            }
        }
        if (other > SLACK) return Kind.OTHER;
        if (freeNegation) return context ? Kind.CLOSING_ITEM : other == 0 ? Kind.SUMMARY : Kind.OTHER;
        // 「VPN、構成プロファイル、省電力モード」: an item that names no context of its own still continues the list.
        return context || other > 0 ? Kind.ITEM : Kind.OTHER;
    }

    /** Whether a negation later in its list denies what this clause names. */
    boolean negates(int clause) {
        return negatedClauses.get(clause);
    }

    /** One line per denied item, for explain. */
    List<String> notes() {
        return notes;
    }
}
