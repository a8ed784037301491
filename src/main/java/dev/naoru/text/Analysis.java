package dev.naoru.text;

import java.util.List;

/** A user's text after normalization and tokenization. */
public record Analysis(String original, String normalized, List<Token> tokens, int clauseCount) {
    public Analysis {
        tokens = List.copyOf(tokens);
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).clause() < tokens.get(k - 1).clause()) {
                throw new IllegalArgumentException("tokens out of clause order at " + k + ": " + tokens);
            }
        }
    }

    /** The terms of every token but the negation: what a KB word list entry (ended_by) is compared by. */
    public List<String> contentTerms() {
        List<String> out = new java.util.ArrayList<>();
        for (Token t : tokens) if (!t.isNegation()) out.add(t.term());
        return List.copyOf(out);
    }

    /**
     * Whether no end of a sentence stands in the normalized text between {@code from} and {@code to}: 。 ! ? . … or a
     * line break. (MeaningFilter reads a question mark as a pause inside a clause; across clauses a question ends what
     * was said, so the discourse readings do not join what stands on either side of it.)
     */
    public boolean sameSentence(int from, int to) {
        for (int c = Math.max(0, from); c < Math.min(to, normalized.length()); c++) {
            if (SENTENCE_ENDS.indexOf(normalized.charAt(c)) >= 0) return false;
        }
        return true;
    }

    private static final String SENTENCE_ENDS = "。!?.…\n";

    /** The tokens of clause {@code i}, in order: a view of {@link #tokens} (clauses run in order, so a binary search finds it). */
    public List<Token> clause(int i) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).clause() < i) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).clause() == i) end++;
        return tokens.subList(lo, end);
    }
}
