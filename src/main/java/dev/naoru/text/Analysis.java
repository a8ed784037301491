package dev.naoru.text;

import java.util.List;

/** A user's text after normalization and tokenization. */
public record Analysis(String original, String normalized, List<Token> tokens, int clauseCount) {
    public Analysis {
        tokens = List.copyOf(tokens);
    }

    public List<Token> clause(int i) {
        return tokens.stream().filter(t -> t.clause() == i).toList();
    }
}
