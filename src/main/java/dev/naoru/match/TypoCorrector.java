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
        Set<String> found = candidates(term);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Every KB term within one typo of a text term that is not itself in the vocabulary (empty when none or not eligible). */
    Set<String> candidates(String term) {
        if (vocabulary.contains(term) || !eligible(term)) return Set.of();
        // Remembered like the repairs: a Latin word (icloud, gmail) is looked up for a misspelled device on most requests.
        Set<String> known = candidatesSeen.get(term);
        if (known != null) return known;
        Set<String> found = new HashSet<>();
        for (String d : deletions(term)) {
            Set<String> s = byDeletion.get(d);
            if (s != null) found.addAll(s);
        }
        found = java.util.Collections.unmodifiableSet(found);   // the HashSet's order: callers take the first longest
        if (candidatesSeen.size() < MAX_SEEN) candidatesSeen.put(term, found);
        return found;
    }

    private final Map<String, Set<String>> candidatesSeen = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The tokens with repaired terms; the same list when nothing needed repair. An unknown katakana
     * compound (アカンウトエラー) is also tried as two known or repairable words (アカウント + エラー).
     */
    List<Token> repair(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // Most terms are kanji or known words: no repair to look for (and no look-up strings to build).
            List<String> fixed = !eligible(t.term()) || vocabulary.contains(t.term()) ? List.of() : repairs(t.term());
            if (fixed.isEmpty()) {
                if (out != null) out.add(t);
                continue;
            }
            if (out == null) out = new ArrayList<>(tokens.subList(0, i));
            for (String f : fixed) out.add(new Token(f, t.surface(), 0, t.clause(), t.start(), t.end(), t.segment()));
        }
        if (out == null) return tokens;
        List<Token> numbered = new ArrayList<>(out.size());
        for (Token t : out) numbered.add(new Token(t.term(), t.surface(), numbered.size(), t.clause(), t.start(), t.end(), t.segment()));
        return numbered;
    }

    /** The repair of an eligible unknown term, remembered: users repeat their misspellings, and the look-up builds strings. */
    private List<String> repairs(String term) {
        List<String> known = seen.get(term);
        if (known != null) return known;
        List<String> fixed = correct(term).map(List::of).orElseGet(() -> split(term));
        if (seen.size() < MAX_SEEN) seen.put(term, fixed);
        return fixed;
    }

    /** Bounds the memory of {@link #repairs}: past this many distinct terms, new ones are worked out each time. */
    private static final int MAX_SEEN = 20_000;
    private final Map<String, List<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    /** Two vocabulary words a long unknown katakana compound reads as, at most one of them repaired. */
    private List<String> split(String term) {
        if (vocabulary.contains(term) || term.length() < 2 * 2 + MIN_KATAKANA - 1 || !eligible(term)) return List.of();
        for (int cut = 2; cut <= term.length() - 2; cut++) {
            String left = term.substring(0, cut);
            String right = term.substring(cut);
            boolean l = vocabulary.contains(left);
            boolean r = vocabulary.contains(right);
            if (l && r) return List.of(left, right);
            if (l) {
                Optional<String> fr = correct(right);
                if (fr.isPresent()) return List.of(left, fr.get());
            }
            if (r) {
                Optional<String> fl = correct(left);
                if (fl.isPresent()) return List.of(fl.get(), right);
            }
        }
        return List.of();
    }

    private static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        return out;
    }

    static boolean eligible(String term) {
        // The empty term is "all Latin" (as allMatch had it) and too short either way.
        if (latin(term)) return term.length() >= MIN_LATIN;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 0x30A0 || c > 0x30FF) return false;
        }
        return term.length() >= MIN_KATAKANA;
    }

    /** Whether every character of {@code s} is a lower-case Latin letter (a–z): an English word or a Latin cue after normalizing. */
    static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
