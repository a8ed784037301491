package dev.naoru.match;

import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;

/**
 * A context asked about, weighed or planned, not done (kb/negation.yaml {@code unrealized}): 「iOSをアップデートした
 * ほうがいいですか」「パスワードを変更するべきでしょうか」「明日機種変更する予定です」「変えようと思っています」. The markers are
 * surfaces (auxiliaries the analyzer drops), looked for in the text after the context's last word, inside its clause
 * and sentence. Such a context is not stated: neither said nor denied, so its question may still be asked.
 */
final class Unrealized {
    /** Characters after the context's last word the markers are looked for in. */
    private static final int TAIL = 16;
    private static final String SENTENCE_END = "。.!?\n";

    private final List<String> markers;

    Unrealized(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /** The marker after the word at {@code last} (a token position) in its clause and sentence of {@code text}, if any. */
    Optional<String> after(List<Token> tokens, int last, String text) {
        if (markers.isEmpty()) return Optional.empty();
        Token word = tokens.get(last);
        int end = Math.min(text.length(), word.end() + TAIL);
        for (int i = last + 1; i < tokens.size(); i++) {
            if (tokens.get(i).clause() != word.clause()) {
                end = Math.min(end, tokens.get(i).start());
                break;
            }
        }
        String tail = text.substring(Math.min(word.end(), end), end);
        for (int i = 0; i < tail.length(); i++) {
            if (SENTENCE_END.indexOf(tail.charAt(i)) >= 0) {
                tail = tail.substring(0, i);
                break;
            }
        }
        for (String m : markers) if (tail.contains(m)) return Optional.of(m);
        return Optional.empty();
    }
}
