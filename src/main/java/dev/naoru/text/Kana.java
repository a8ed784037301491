package dev.naoru.text;

import java.util.ArrayList;
import java.util.List;

/** Hiragana ⇄ katakana, letter by letter, and the katakana words of a text: shared by the normalizer and the kana readings. */
final class Kana {
    private Kana() {
    }

    /** A katakana letter (ァ…ヶ) as hiragana; anything else (ー, ヷ…ヺ, kanji) as it is. */
    static char toHiragana(char c) {
        return c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c;
    }

    /** Katakana letters as hiragana; ー and anything else as it is. */
    static String toHiragana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) sb.append(toHiragana(s.charAt(i)));
        return sb.toString();
    }

    /** Hiragana letters (ぁ…ゖ) as katakana; anything else as it is. */
    static String toKatakana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return sb.toString();
    }

    /** A katakana letter (ァ…ヺ) or the long-vowel mark ー. */
    static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA' || c == 'ー';
    }

    /** The runs of {@link #isKatakana} characters in {@code text} of at least {@code min} characters, in order. */
    static List<String> katakanaRuns(String text, int min) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int j = i;
            while (j < text.length() && isKatakana(text.charAt(j))) j++;
            if (j - i >= min) out.add(text.substring(i, j));
            i = j == i ? i + 1 : j;
        }
        return out;
    }
}
