package dev.naoru.match;

import dev.naoru.kb.CharBits;
import dev.naoru.kb.Dialog;
import dev.naoru.kb.DialogCatalog;
import dev.naoru.kb.HostCue;
import dev.naoru.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalogued error dialogs (kb/dialogs.yaml) in a normalized text, exactly-ish: both sides
 * are reduced to their letters and digits (NFKC, lower case; spaces, line breaks, quotes 「」“”"",
 * punctuation and the long-vowel mark ー dropped, so サーバ = サーバー), then a text's fixed parts must
 * follow each other, with at most a bounded stretch where it has a variable ({account}, {host}…).
 * Where dialogs overlap, the longest wins. Thread-safe: built once.
 */
final class DialogMatcher {
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z]+)\\}");

    /**
     * One text of one dialog: its fixed parts and, before each, how many characters a variable may take.
     *
     * @param needs the characters of the first part
     */
    private record Template(Dialog dialog, int textIndex, String[] parts, int[] gapBefore, int fixedLength, CharBits needs) {
        Template(Dialog dialog, int textIndex, String[] parts, int[] gapBefore, int fixedLength) {
            this(dialog, textIndex, parts, gapBefore, fixedLength, CharBits.of(parts[0]));
        }

        /** Whether every character of the first part may occur in the text: most templates are ruled out so, before any indexOf. */
        boolean mayStartIn(CharBits letters) {
            return letters.mayHoldAll(needs);
        }
    }

    /** A host name reduced like the text (imap.spmode.ne.jp → imapspmodenejp), and its characters. */
    private record Host(HostCue cue, String compact, CharBits needs) {
        Host(HostCue cue, String compact) {
            this(cue, compact, CharBits.of(compact));
        }
    }

    private final List<Template> templates = new ArrayList<>();
    private final List<Host> hosts = new ArrayList<>();
    private final java.util.Set<String> shown;
    private final java.util.Set<String> gone;

    DialogMatcher(DialogCatalog catalog) {
        this.shown = java.util.Set.copyOf(catalog.shown());
        this.gone = java.util.Set.copyOf(catalog.gone());
        for (Dialog d : catalog.dialogs()) {
            for (int i = 0; i < d.texts().size(); i++) templates.add(compile(d, i));
        }
        // Longest first: a whole message beats its title or a shorter message inside it.
        templates.sort(Comparator.comparingInt(Template::fixedLength).reversed());
        for (HostCue h : catalog.hosts()) hosts.add(new Host(h, Compact.of(h.suffix()).text()));
    }

    /** The particle of "nothing but" (kept by the analyzer): with a negation it says "only", no denial. */
    private static final String ONLY = "しか";

    /**
     * Whether the words right after a dialog take it back: 「…は出ていません」「…は出なくなった」 (a shown-word
     * negated) or 「…の表示は消えた」 (a gone-word not negated). Read in the dialog's segment, within a few words.
     */
    boolean takenBack(DialogMatch d, dev.naoru.text.Analysis a) {
        List<dev.naoru.text.Token> after = new ArrayList<>(4);
        int segment = -1;   // the dialog's own: 「…のまま。周りの人はもう直ってる」 takes nothing back
        for (dev.naoru.text.Token t : a.tokens()) {
            if (t.start() < d.end()) {
                if (t.end() > d.start()) segment = t.segment();
                continue;
            }
            if (segment >= 0 && t.segment() != segment || !after.isEmpty() && t.segment() != after.get(0).segment() || after.size() == 4) break;
            after.add(t);
        }
        boolean only = false;
        for (int i = 0; i < after.size(); i++) {
            String term = after.get(i).term();
            // 「「サーバーへの接続に失敗しました」しか出ない」: しか + ない says it is the only thing shown.
            only |= term.equals(ONLY);
            // Only a negation right after the verb is its own: 「出て送れない」 negates 送る, not 出る.
            boolean negatedNext = i + 1 < after.size() && after.get(i + 1).isNegation();
            if (shown.contains(term) && negatedNext && !only) return true;
            if (gone.contains(term) && !negatedNext) return true;
        }
        return false;
    }

    /**
     * Whether some dialog or host may be found in a text of these letters and digits ({@link Compact#lettersOf}):
     * when none can, the text is not reduced at all.
     */
    boolean mayMatch(CharBits letters) {
        for (Template t : templates) if (t.mayStartIn(letters)) return true;
        for (Host h : hosts) if (letters.mayHoldAll(h.needs())) return true;
        return false;
    }

    boolean isEmpty() {
        return templates.isEmpty() && hosts.isEmpty();
    }

    private static Template compile(Dialog d, int index) {
        List<String> parts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        Matcher m = VARIABLE.matcher(d.texts().get(index));
        int at = 0;
        int gap = 0;
        int fixed = 0;
        while (true) {
            boolean found = m.find();
            String literal = Compact.of(TextNormalizer.normalize(d.texts().get(index).substring(at, found ? m.start() : d.texts().get(index).length()))).text();
            if (!literal.isEmpty()) {
                parts.add(literal);
                gaps.add(gap);
                fixed += literal.length();
                gap = 0;
            }
            if (!found) break;
            gap += maxLength(m.group(1));
            at = m.end();
        }
        return new Template(d, index, parts.toArray(String[]::new), gaps.stream().mapToInt(Integer::intValue).toArray(), fixed);
    }

    /** What a pasted variable may hold, in letters and digits: an account name, an address, a host, a code. */
    private static int maxLength(String variable) {
        return switch (variable) {
            case "code" -> 16;
            case "port" -> 6;
            case "account", "user", "server" -> 48;
            default -> 64;
        };
    }

    /** The dialogs in the text, in text order, none overlapping another. */
    List<DialogMatch> find(Compact text) {
        if (templates.isEmpty()) return List.of();
        List<DialogMatch> out = new ArrayList<>(2);
        boolean[] taken = null;
        for (Template t : templates) {
            if (!t.mayStartIn(text.letters()) || text.text().indexOf(t.parts()[0]) < 0) continue;
            if (taken == null) taken = new boolean[text.text().length() + 1];
            int[] span = locate(t, text.text(), taken);
            if (span == null) continue;
            for (int i = span[0]; i < span[1]; i++) taken[i] = true;
            out.add(new DialogMatch(t.dialog(), t.textIndex(), text.origin(span[0]), text.origin(span[1] - 1) + 1));
        }
        out.sort(Comparator.comparingInt(DialogMatch::start));
        return out;
    }

    /** A host cue found in the text, at an offset of the normalized text. */
    record HostHit(HostCue cue, int offset) {
    }

    /** The host cues named anywhere in the text (a host holds its suffix at its end). */
    List<HostHit> hosts(Compact text) {
        if (hosts.isEmpty()) return List.of();
        List<HostHit> out = new ArrayList<>(1);
        for (Host h : hosts) {
            int at = text.text().indexOf(h.compact());
            if (at >= 0) out.add(new HostHit(h.cue(), text.origin(at)));
        }
        return out;
    }

    /** Start and end (compact offsets) of the first place the template matches on free text; null when none. */
    private static int[] locate(Template t, String text, boolean[] taken) {
        String first = t.parts()[0];
        for (int s = text.indexOf(first); s >= 0; s = text.indexOf(first, s + 1)) {
            int end = s + first.length();
            boolean ok = true;
            int second = -1;
            for (int k = 1; k < t.parts().length && ok; k++) {
                int next = text.indexOf(t.parts()[k], end);
                ok = next >= 0 && next - end <= t.gapBefore()[k];
                if (ok) end = next + t.parts()[k].length();
                if (k == 1) second = next;
            }
            // The shortest span: 「アカウントエラー "iCloud" …アカウント"iCloud"のパスワードを入力してください」 is the
            // dialog from its last アカウント on; the variable does not swallow the words before it.
            int later = second < 0 ? -1 : text.indexOf(first, s + 1);
            if (ok && later >= 0 && later + first.length() <= second) continue;
            if (ok && free(taken, s, end)) return new int[]{s, end};
        }
        return null;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return false;
        return true;
    }

    /**
     * A text reduced to its letters and digits, with the offset of each kept character in the original.
     *
     * @param letters the characters kept (a false positive only costs an indexOf)
     */
    record Compact(String text, int[] origins, CharBits letters) {
        static Compact of(String s) {
            return of(s, lettersOf(s));
        }

        /** With its letters already read ({@link #lettersOf}: DialogFacts asks whether any dialog may match first). */
        static Compact of(String s, CharBits letters) {
            StringBuilder sb = new StringBuilder(s.length());
            int[] origins = new int[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (kept(c)) {
                    sb.append(c);
                    origins[n++] = i;
                }
            }
            return new Compact(sb.toString(), java.util.Arrays.copyOf(origins, n), letters);
        }

        /** The letters and digits the reduction keeps. */
        static CharBits lettersOf(String s) {
            CharBits letters = new CharBits();
            for (int i = 0; i < s.length(); i++) if (kept(s.charAt(i))) letters.add(s.charAt(i));
            return letters;
        }

        private static boolean kept(char c) {
            return Character.isLetterOrDigit(c) && c != 'ー';
        }

        int origin(int compactIndex) {
            return origins[compactIndex];
        }
    }
}
