package dev.naoru.match;

import dev.naoru.kb.CharBits;

/**
 * The normalized text without spaces and quote marks, with the offset of each kept character, so that a
 * cue or marker written plainly matches 「Windows の“メール”アプリ」 and 「問題 ない」 and is still located in
 * the normalized text (clauses and tokens are counted there).
 */
final class Squeezed {
    /** Quote marks users put around app names and messages: 「メール」, “iCloud”, 『メール』. */
    private static final String DROPPED = "「」『』\"“”'‘’＂〝〟";

    private final String text;
    /** Squeezed position → normalized offset; null when nothing was dropped (the offsets are the same). */
    private final int[] at;
    private final String original;
    /** Which characters occur: most cues start with a letter the text does not hold. */
    private final CharBits present;

    Squeezed(String normalized) {
        this.original = normalized;
        boolean any = false;
        for (int i = 0; i < normalized.length() && !any; i++) any = dropped(normalized.charAt(i));
        if (!any) {   // most texts: nothing to drop, the text itself with offsets unchanged (no copy, no offset table)
            this.text = normalized;
            this.at = null;
            this.present = CharBits.of(normalized);
            return;
        }
        StringBuilder sb = new StringBuilder(normalized.length());
        int[] map = new int[normalized.length() + 1];
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (dropped(c)) continue;
            map[sb.length()] = i;
            sb.append(c);
        }
        map[sb.length()] = normalized.length();
        this.text = sb.toString();
        this.at = map;
        this.present = CharBits.of(text);
    }

    private static boolean dropped(char c) {
        return Character.isWhitespace(c) || DROPPED.indexOf(c) >= 0;
    }

    String text() {
        return text;
    }

    /**
     * {@code text().indexOf(cue, from)}, answered -1 at once when the cue's first character is nowhere in the
     * text: a request looks up some 130 device and variant cues, and a Japanese message holds few of their letters.
     */
    int indexOf(String cue, int from) {
        if (!present.mayHold(cue.charAt(0))) return -1;
        return text.indexOf(cue, from);
    }

    /** The offset in the normalized text of squeezed position {@code i} (the text's length at the end). */
    int original(int i) {
        return at == null ? Math.min(i, text.length()) : at[Math.min(i, text.length())];
    }

    /** The squeezed position of normalized offset {@code offset}: the first kept character at or after it. */
    int squeezed(int offset) {
        if (at == null) return Math.max(0, Math.min(offset, text.length()));
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Whether a cue found at squeezed position {@code i} starts a word: a cue that starts with a Latin letter
     * must not follow one in the normalized text (「icloudアカウント」 holds no 「dアカ」).
     */
    boolean startsWord(String cue, int i) {
        int o = original(i);
        return !(isLatin(cue.charAt(0)) && o > 0 && isLatin(original.charAt(o - 1)));
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }
}
