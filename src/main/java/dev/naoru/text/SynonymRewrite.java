package dev.naoru.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KB's synonyms applied to an analyzed term sequence: at each token the longest variant starting there (its
 * analyzed terms, in a row, with nothing but dropped particles between) is replaced by its canonical terms,
 * which take the offsets of the whole variant. What Lucene's {@code SynonymGraphFilter} does with this analyzer
 * (keepOrig off, the input already lowercased, positions not read), done on the finished term list with one hash
 * look-up a token: that filter captured and replayed every token's attributes and was ~5 % of a diagnosis.
 * {@code SynonymRewriteTest} holds the two to the same output.
 */
final class SynonymRewrite {
    /** A token of the analyzer's output before synonyms: its term and offsets in the normalized text. */
    record Raw(String term, int start, int end) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<String> output;
    }

    private final Node root = new Node();

    private SynonymRewrite() {
    }

    /**
     * The rewrite of these variant → canonical pairs (analyzed terms); empty when one variant's terms lead to two
     * different canonicals, where the Lucene filter emits both as a graph (then it stays in use).
     */
    static Optional<SynonymRewrite> of(List<Map.Entry<List<String>, List<String>>> pairs) {
        SynonymRewrite r = new SynonymRewrite();
        for (Map.Entry<List<String>, List<String>> p : pairs) {
            if (p.getKey().isEmpty()) continue;
            Node n = r.root;
            for (String term : p.getKey()) n = n.next.computeIfAbsent(term, k -> new Node());
            if (n.output != null && !n.output.equals(p.getValue())) return Optional.empty();
            n.output = List.copyOf(p.getValue());
        }
        return Optional.of(r);
    }

    /** The tokens with every longest variant replaced by its canonical terms (a new list only when one was). */
    List<Raw> apply(List<Raw> tokens) {
        List<Raw> out = null;
        for (int i = 0; i < tokens.size(); ) {
            Node n = root.next.get(tokens.get(i).term());
            int matchEnd = -1;
            List<String> output = null;
            for (int j = i; n != null; ) {
                if (n.output != null) {
                    matchEnd = j;
                    output = n.output;
                }
                if (++j >= tokens.size()) break;
                n = n.next.get(tokens.get(j).term());
            }
            if (output == null) {
                if (out != null) out.add(tokens.get(i));
                i++;
                continue;
            }
            if (out == null) out = new java.util.ArrayList<>(tokens.subList(0, i));
            for (String term : output) out.add(new Raw(term, tokens.get(i).start(), tokens.get(matchEnd).end()));
            i = matchEnd + 1;
        }
        return out == null ? tokens : out;
    }
}
