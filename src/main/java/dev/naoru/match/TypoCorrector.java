package dev.naoru.match;

import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs one-character typos in key terms (パスワド → パスワード, アカウン → アカウント, icluod → icloud)
 * with a symmetric-deletion index over the phrasing vocabulary: a text term matches a KB term when
 * both reach the same string by deleting at most one character each, which covers one deletion,
 * insertion, substitution or adjacent transposition. Only long katakana or Latin terms are repaired
 * (short and kanji terms would collide), and only when the repair is unambiguous. Built once;
 * look-ups are a few hash probes.
 */
final class TypoCorrector {
    static final int MIN_KATAKANA = 4;
    static final int MIN_LATIN = 5;

    private final Set<String> vocabulary;
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    TypoCorrector(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
        for (String term : vocabulary) {
            if (!eligible(term)) continue;
            for (String d : deletions(term)) byDeletion.computeIfAbsent(d, k -> new HashSet<>()).add(term);
        }
    }

    /** The KB term a misspelled text term stands for, if exactly one is within reach. */
    Optional<String> correct(String term) {
        if (vocabulary.contains(term) || !eligible(term)) return Optional.empty();
        Set<String> found = new HashSet<>();
        for (String d : deletions(term)) {
            Set<String> s = byDeletion.get(d);
            if (s != null) found.addAll(s);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The tokens with repaired terms; the same list when nothing needed repair. */
    List<Token> repair(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<String> fixed = correct(t.term());
            if (fixed.isPresent()) {
                if (out == null) out = new ArrayList<>(tokens);
                out.set(i, new Token(fixed.get(), t.surface(), t.position(), t.clause(), t.start(), t.end(), t.segment()));
            }
        }
        return out == null ? tokens : out;
    }

    private static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        return out;
    }

    static boolean eligible(String term) {
        if (term.chars().allMatch(c -> c >= 'a' && c <= 'z')) return term.length() >= MIN_LATIN;
        if (term.chars().allMatch(c -> (c >= 0x30A0 && c <= 0x30FF))) return term.length() >= MIN_KATAKANA;
        return false;
    }
}
