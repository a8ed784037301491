package dev.naoru.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A message typed all in katakana (an old phone's keypad, a child, 「ソウシンデキマセンデシタト デマス」): Kuromoji reads
 * each katakana run as one unknown word, so nothing of it matches. Read back in hiragana, where Kuromoji knows the
 * grammar and {@link KanaSpellings} the KB's words, keeping the KB's own katakana words (メール, ドコモ, アウトルック:
 * ドコモ in hiragana would be どこも, "everywhere"). Built once per KB; immutable and thread-safe.
 */
public final class KatakanaText {
    /** Fewer katakana letters than this is a loanword or two, not a katakana message. */
    static final int MIN_LETTERS = 6;
    /** Shorter KB katakana words would be found inside native words typed in katakana. */
    static final int MIN_WORD = 3;

    private final Set<String> words;
    private final int longest;
    private final boolean reads;

    /** @param kbTexts texts of the KB (phrasings, cues, synonyms…), as normalized: their katakana runs are kept */
    public KatakanaText(Collection<String> kbTexts) {
        this(kbTexts, true);
    }

    private KatakanaText(Collection<String> kbTexts, boolean reads) {
        this.reads = reads;
        Set<String> w = new HashSet<>();
        for (String t : kbTexts) w.addAll(Kana.katakanaRuns(t, MIN_WORD));
        words = Set.copyOf(w);
        int max = 0;
        for (String s : words) max = Math.max(max, s.length());
        longest = max;
    }

    /** Reads every text as it is (an analyzer built from parts of a KB, without its phrasings). */
    public static KatakanaText none() {
        return new KatakanaText(Set.of(), false);
    }

    /** The text with its katakana words in hiragana when it is a katakana message; else the text itself. */
    public String read(String s) {
        if (!reads || !katakanaMessage(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int kept = keptWordAt(s, i);
            if (kept > 0) {
                out.append(s, i, i + kept);
                i += kept;
                continue;
            }
            out.append(Kana.toHiragana(s.charAt(i)));
            i++;
        }
        return out.toString();
    }

    /** The length of the longest KB katakana word starting at i, 0 when none. */
    private int keptWordAt(String s, int i) {
        if (!Kana.isKatakana(s.charAt(i))) return 0;
        for (int len = Math.min(longest, s.length() - i); len >= MIN_WORD; len--) {
            if (words.contains(s.substring(i, i + len))) return len;
        }
        return 0;
    }

    /** No kanji, at least {@link #MIN_LETTERS} katakana letters, and hiragana at most a fifth of them. */
    private static boolean katakanaMessage(String s) {
        int kata = 0;
        int hira = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Range checks, not Character.UnicodeScript: this runs on every request (CJK ideographs, extension A, 々).
            if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c == '々') return false;
            if (c >= '\u30A1' && c <= '\u30FA') kata++;
            else if (c >= '\u3041' && c <= '\u3096') hira++;
        }
        return kata >= MIN_LETTERS && hira * 5 <= kata;
    }
}
