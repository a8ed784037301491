package dev.naoru.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical form of user and KB text before tokenization: NFKC (half-width kana → full-width,
 * full-width Latin → ASCII), lower case, unified dashes and spaces. Pure and thread-safe.
 */
public final class TextNormalizer {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    /** "wi-fi", "wi‑fi" → "wifi": a dash between Latin letters is part of a product name. */
    private static final Pattern LATIN_DASH = Pattern.compile("(?<=[a-z])[-\\u2010\\u2011\\u2012\\u2013](?=[a-z])");
    /** "icloud.com", "4.9gb", "17.2": a dot inside a host name or a number is no sentence end. */
    private static final Pattern HOST_DOT = Pattern.compile("(?<=[a-z0-9])\\.(?=[a-z0-9])");
    /** A hiragana run with a long-vowel mark is a katakana word typed in hiragana: めーる, さーばー. */
    private static final Pattern HIRAGANA_LOANWORD = Pattern.compile("[\\u3041-\\u3096]ー(?:[\\u3041-\\u3096]ー?)?");
    /** A product name glued to "vpn" (nordvpn, expressvpn) still says VPN. */
    private static final Pattern GLUED_VPN = Pattern.compile("(?<=[a-z])vpn");
    /** 「Wi-Fiでも、テザリングでも」: a comma after も continues a list and splits no clause. */
    private static final Pattern LIST_COMMA = Pattern.compile("(?<=も)[、,]");
    /** NFKC turns the Windows wave dash ～ into ~: after kana it is still a long vowel (メ～ル). */
    private static final Pattern KANA_TILDE = Pattern.compile("(?<=[\\u3041-\\u30ff])~");
    /** 「iOS 18.1にした」「macOS Sonomaにした」: an OS version followed by に is a move to it, read as 「最新版にした」. */
    private static final Pattern OS_VERSION_TO = Pattern.compile("(ios|ipados|macos) ?(?:\\d+(?:[.・]\\d+)*|sonoma|sequoia|ventura|monterey|big ?sur|tahoe)(?= ?に)");
    /** "i cloud", "i phone", "mac book": a space inside a Latin product name. */
    private static final Pattern SPLIT_NAME = Pattern.compile("(?<![a-z])(i|mac|out) (cloud|phone|pad|book|look)(?![a-z])");

    private TextNormalizer() {
    }

    /**
     * Normalizes a text. Each rewrite runs only when the character it needs is in the text (most
     * messages have no dash, host name, tilde or list comma): the checks are a scan, the regexes are not free.
     */
    public static String normalize(String raw) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        // One pass finds which rewrites may apply: each still checks its own condition, and none adds what an
        // earlier-skipped one looks for (the spaces two of them insert are checked again below).
        int seen = scan(s);
        if ((seen & INVISIBLE_SEEN) != 0 && hasAny(s, "\u200B\u200C\u200D\uFEFF\u00AD")) s = INVISIBLE.matcher(s).replaceAll("");
        // Before wave dashes become ー: 「ま〜だ」 is an elongated まだ, 「めーる」 a loanword in hiragana.
        if ((seen & LONG_VOWEL_SEEN) != 0 && hiraganaBeforeLongVowel(s)) s = HIRAGANA_LOANWORD.matcher(s).replaceAll(m -> Kana.toKatakana(m.group()));
        if ((seen & TILDE_SEEN) != 0) {
            s = s.replace('〜', 'ー').replace('～', 'ー');
            if (s.indexOf('~') >= 0) s = KANA_TILDE.matcher(s).replaceAll("ー");
        }
        // Casual small hiragana vowels (できなぃ, ですぅ) read as the full ones; katakana ィ, ェ are left alone, and so is a
        // small vowel of a loanword typed in hiragana (あいふぉん, ふぉるだ, でぃすく, うぃんどうず).
        if ((seen & SMALL_VOWEL_SEEN) != 0 && hasAny(s, "ぁぃぅぇぉ")) s = fullVowels(s);
        if ((seen & DASH_SEEN) != 0 && hasAny(s, "-\u2010\u2011\u2012\u2013")) s = LATIN_DASH.matcher(s).replaceAll("");
        if ((seen & V_SEEN) != 0 && s.contains("vpn")) {
            String before = s;
            s = GLUED_VPN.matcher(s).replaceAll(" vpn");
            if (!s.equals(before)) seen |= SPACE_SEEN;
        }
        if ((seen & (MO_SEEN | COMMA_SEEN)) == (MO_SEEN | COMMA_SEEN) && (s.contains("も、") || s.contains("も,"))) s = LIST_COMMA.matcher(s).replaceAll("");
        if ((seen & DOT_SEEN) != 0 && innerDot(s)) s = HOST_DOT.matcher(s).replaceAll("・");
        if ((seen & NI_SEEN) != 0 && (s.contains("ios") || s.contains("ipados") || s.contains("macos")) && s.indexOf('に') >= 0) {
            String before = s;
            s = OS_VERSION_TO.matcher(s).replaceAll("$1 最新版");
            if (!s.equals(before)) seen |= SPACE_SEEN;
        }
        if ((seen & SPACE_SEEN) != 0 && hasSpace(s)) s = collapseSpaces(s);
        if (s.indexOf(' ') >= 0 && splitNameTail(s)) s = SPLIT_NAME.matcher(s).replaceAll("$1$2");
        return s;
    }

    /** Each run of white space (regex [\\s\\u3000]+) as one space, the ends stripped: a loop, as one text in eight has spaces. */
    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean run = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // \\s without UNICODE_CHARACTER_CLASS is these six, and the ideographic space.
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
                if (!run) b.append(' ');
                run = true;
            } else {
                b.append(c);
                run = false;
            }
        }
        return b.toString().strip();
    }

    private static final int INVISIBLE_SEEN = 1;
    private static final int LONG_VOWEL_SEEN = 1 << 1;
    private static final int TILDE_SEEN = 1 << 2;
    private static final int SMALL_VOWEL_SEEN = 1 << 3;
    private static final int DASH_SEEN = 1 << 4;
    private static final int DOT_SEEN = 1 << 5;
    private static final int SPACE_SEEN = 1 << 6;
    private static final int V_SEEN = 1 << 7;
    private static final int MO_SEEN = 1 << 8;
    private static final int COMMA_SEEN = 1 << 9;
    private static final int NI_SEEN = 1 << 10;

    /** Which of the characters the rewrites of {@link #normalize} look for occur in {@code s}. */
    private static int scan(String s) {
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> seen |= INVISIBLE_SEEN;
                case 'ー' -> seen |= LONG_VOWEL_SEEN;
                case '〜', '～', '~' -> seen |= TILDE_SEEN;
                case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ' -> seen |= SMALL_VOWEL_SEEN;
                case '-', '\u2010', '\u2011', '\u2012', '\u2013' -> seen |= DASH_SEEN;
                case '.' -> seen |= DOT_SEEN;
                case 'v' -> seen |= V_SEEN;
                case 'も' -> seen |= MO_SEEN;
                case '、', ',' -> seen |= COMMA_SEEN;
                case 'に' -> seen |= NI_SEEN;
                default -> {
                    // Printable ASCII and everything past the ideographic space is no white space: most characters.
                    if (c > '\u3000' || c > ' ' && c < '\u007F') continue;
                    if (c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c)) seen |= SPACE_SEEN;
                }
            }
        }
        return seen;
    }

    /** The kana a small vowel makes one sound with in a loanword (ふぁ, てぃ, でぃ, うぃ, しぇ, ちぇ, じぇ, つぁ, くぁ, ぐぁ, ゔぁ). */
    private static final String LOANWORD_KANA = "ふてでうしちじつくぐゔ";

    private static String fullVowels(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            int small = "ぁぃぅぇぉ".indexOf(b.charAt(i));
            if (small >= 0 && (i == 0 || LOANWORD_KANA.indexOf(b.charAt(i - 1)) < 0)) b.setCharAt(i, "あいうえお".charAt(small));
        }
        return b.toString();
    }

    /** What {@link #HIRAGANA_LOANWORD} needs: a hiragana letter right before ー (katakana words with ー are common). */
    private static boolean hiraganaBeforeLongVowel(String s) {
        for (int i = s.indexOf('ー'); i >= 0; i = s.indexOf('ー', i + 1)) {
            char c = i > 0 ? s.charAt(i - 1) : ' ';
            if (c >= '\u3041' && c <= '\u3096') return true;
        }
        return false;
    }

    /** What {@link #HOST_DOT} needs: a dot between two ASCII letters or digits. */
    private static boolean innerDot(String s) {
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            if (i > 0 && i + 1 < s.length() && latinOrDigit(s.charAt(i - 1)) && latinOrDigit(s.charAt(i + 1))) return true;
        }
        return false;
    }

    private static boolean latinOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** What {@link #SPLIT_NAME} needs after its space: cloud, phone, pad, book or look. */
    private static boolean splitNameTail(String s) {
        return s.contains(" cloud") || s.contains(" phone") || s.contains(" pad") || s.contains(" book") || s.contains(" look");
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** Whatever {@link #collapseSpaces} would rewrite or {@code strip()} would remove: any whitespace or the ideographic space. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c)) return true;
        }
        return false;
    }
}
