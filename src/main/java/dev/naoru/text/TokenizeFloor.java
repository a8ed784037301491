package dev.naoru.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The speed floor of a diagnosis: Kuromoji alone, in search mode with its stock dictionary, reading
 * each token's text once. A diagnosis cannot be cheaper than reading its text once, so benchmarks
 * report every stage as a multiple of this. Thread-safe (the analyzer reuses a tokenizer per thread).
 */
public final class TokenizeFloor {
    private final Analyzer kuromoji = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH));
        }
    };

    /** Tokenizes a text and returns the total length of its token texts (so the work cannot be skipped). */
    public int tokenize(String text) {
        int chars = 0;
        try (TokenStream ts = kuromoji.tokenStream("t", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) chars += t.length();
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }
}
