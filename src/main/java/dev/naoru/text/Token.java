package dev.naoru.text;

/**
 * One meaningful token of an analyzed text.
 *
 * @param term     canonical term after base form, negation and synonym mapping ("取得", "できる", "ない")
 * @param surface  the normalized text it came from
 * @param position index among the meaningful tokens of the text
 * @param clause   index of the clause (split at punctuation and conjunctive particles such as けど, のに)
 * @param start    start offset in the normalized text
 * @param end      end offset in the normalized text
 * @param segment  index of the segment: clauses joined across commas (、), the reach of a negation
 *                 (「VPNもプロファイルも、何も入れてない」)
 */
public record Token(String term, String surface, int position, int clause, int start, int end, int segment) {
    /** The canonical negation term every negator (ない, ん, へん, ず, 無い, なし…) is mapped to. */
    public static final String NEGATION = "ない";

    public boolean isNegation() {
        return NEGATION.equals(term);
    }

    /** Whether any of {@code tokens} is a negation (a loop, not a stream: the matcher asks this per clause, per request). */
    public static boolean anyNegation(java.util.List<Token> tokens) {
        for (int i = 0, n = tokens.size(); i < n; i++) if (tokens.get(i).isNegation()) return true;   // lists of tokens are indexed
        return false;
    }

    /** Whether the term of any of {@code tokens} is in {@code terms}. */
    public static boolean anyTerm(java.util.List<Token> tokens, java.util.Set<String> terms) {
        if (terms.isEmpty()) return false;
        for (int i = 0, n = tokens.size(); i < n; i++) if (terms.contains(tokens.get(i).term())) return true;
        return false;
    }

    /** The first of {@code tokens} whose term is in {@code terms}. */
    public static java.util.Optional<Token> first(java.util.List<Token> tokens, java.util.Set<String> terms) {
        for (Token t : tokens) if (terms.contains(t.term())) return java.util.Optional.of(t);
        return java.util.Optional.empty();
    }

    /** The token right before {@code t} in its clause, when its term is in {@code terms} (「Amazonのパスワード」: Amazon). */
    public static java.util.Optional<Token> before(Token t, java.util.List<Token> tokens, java.util.Set<String> terms) {
        int i = t.position() - 1;
        if (i < 0 || i >= tokens.size()) return java.util.Optional.empty();
        Token b = tokens.get(i);
        return b.clause() == t.clause() && terms.contains(b.term()) ? java.util.Optional.of(b) : java.util.Optional.empty();
    }
}
