package dev.naoru.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese typed in romaji (「iPhone de mail ga shutoku dekimasen tte deru」, a keyboard without Japanese input):
 * its romaji words read as hiragana, where Kuromoji knows the grammar and {@link KanaSpellings} the KB's words.
 * Only a text that is Japanese in romaji (half its letters Latin or more, and two or more of its particles: de, ga, wo,
 * ni, wa, tte, kara, kedo, desu, masu) is read so, and only words made wholly of Hepburn or kunrei syllables that are not the KB's own Latin
 * words (mail, outlook, on) change: English in a Japanese text, and English texts, stay as they are.
 * A romaji word spelling a KB katakana word (meeru, pasuwaado) becomes that word. Built once per KB; thread-safe.
 */
public final class RomajiText {
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");
    private static final Set<String> PARTICLES = Set.of("de", "ga", "wo", "ni", "wa", "tte", "kara", "kedo", "desu", "masu");
    private static final int MIN_PARTICLES = 2;
    /** Syllables, longest first when read: three letters, two, one. */
    private static final Map<String, String> SYLLABLES = syllables();

    private final Set<String> latinWords;
    private final Map<String, String> katakanaWords;
    private final boolean reads;

    /** @param kbTexts texts of the KB (phrasings, cues, synonyms…), as normalized: their Latin words stay, their katakana words are found in romaji */
    public RomajiText(Collection<String> kbTexts) {
        Set<String> latin = new HashSet<>();
        Map<String, String> k = new java.util.HashMap<>();
        for (String t : kbTexts) {
            Matcher m = WORD.matcher(t);
            while (m.find()) latin.add(m.group());
            for (String word : Kana.katakanaRuns(t, 3)) romaji(word).ifPresent(r -> k.putIfAbsent(r, word));
        }
        this.latinWords = Set.copyOf(latin);
        this.katakanaWords = Map.copyOf(k);
        this.reads = true;
    }

    private RomajiText() {
        latinWords = Set.of();
        katakanaWords = Map.of();
        reads = false;
    }

    /** Reads every text as it is (an analyzer built from parts of a KB). */
    public static RomajiText none() {
        return new RomajiText();
    }

    /** The text with its romaji words in kana when it is Japanese in romaji; else the text itself. */
    public String read(String s) {
        if (!reads || !mostlyLatin(s)) return s;
        int particles = 0;
        Matcher m = WORD.matcher(s);
        while (m.find() && particles < MIN_PARTICLES) if (PARTICLES.contains(m.group())) particles++;
        if (particles < MIN_PARTICLES) return s;
        m.reset();
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        boolean previousRead = false;
        while (m.find()) {
            String w = m.group();
            String kana = latinWords.contains(w) ? null : katakanaWords.containsKey(w) ? katakanaWords.get(w) : hiragana(w);
            boolean read = kana != null;
            // Japanese has no spaces between words: 「mail ga torenai」 is read as 「mailがとれない」, so Kuromoji sees
            // a particle and a verb, not a conjunction が standing alone.
            String gap = s.substring(last, m.start());
            out.append((read || previousRead) && gap.isBlank() ? "" : gap).append(read ? kana : w);
            last = m.end();
            previousRead = read;
        }
        return out.append(s, last, s.length()).toString();
    }

    /**
     * Half the letters or more are Latin: a message in romaji, not a Japanese one naming iPhone or iCloud (a scan
     * every request pays; the particle count, a regex, only runs after it).
     */
    private static boolean mostlyLatin(String s) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') latin++;
            else if (c >= '\u3041') other++;
        }
        return latin >= 2 * MIN_PARTICLES && latin >= other;
    }

    /** A romaji word in hiragana, or null when some letter is no syllable (an English word, a name). */
    static String hiragana(String word) {
        StringBuilder out = new StringBuilder();
        String w = word.replace("'", "");
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            // A doubled consonant is a small っ (kitte, zutto; tch as in matcha).
            if (i + 1 < w.length() && c == w.charAt(i + 1) && c != 'n' && "aiueo".indexOf(c) < 0
                    || c == 't' && w.startsWith("ch", i + 1)) {
                out.append('っ');
                i++;
                continue;
            }
            // n before a consonant or at the end is ん (shinpai, dekimasen); nn too (konnichiwa reads こんにちわ).
            if (c == 'n' && (i + 1 == w.length() || "aiueoy".indexOf(w.charAt(i + 1)) < 0)) {
                out.append('ん');
                i += i + 1 < w.length() && w.charAt(i + 1) == 'n' && (i + 2 == w.length() || "aiueoy".indexOf(w.charAt(i + 2)) < 0) ? 2 : 1;
                continue;
            }
            String kana = null;
            int len = Math.min(3, w.length() - i);
            for (; len >= 1 && kana == null; len--) kana = SYLLABLES.get(w.substring(i, i + len));
            if (kana == null) return null;
            out.append(kana);
            i += len + 1;
        }
        return out.toString();
    }

    /** A katakana word in Hepburn romaji with long vowels doubled (メール → meeru), if every letter has one. */
    static java.util.Optional<String> romaji(String katakana) {
        Map<String, String> back = HEPBURN;
        StringBuilder out = new StringBuilder();
        String h = Kana.toHiragana(katakana);
        for (int i = 0; i < h.length(); ) {
            char c = h.charAt(i);
            if (c == 'ー') {
                if (out.isEmpty()) return java.util.Optional.empty();
                out.append(out.charAt(out.length() - 1));
                i++;
                continue;
            }
            if (c == 'っ' && i + 1 < h.length()) {
                String next = i + 2 < h.length() && back.containsKey(h.substring(i + 1, i + 3)) ? back.get(h.substring(i + 1, i + 3))
                        : back.get(h.substring(i + 1, i + 2));
                if (next == null) return java.util.Optional.empty();
                out.append(next.charAt(0));
                i++;
                continue;
            }
            if (c == 'ん') {
                out.append('n');
                i++;
                continue;
            }
            String two = i + 2 <= h.length() ? back.get(h.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two);
                i += 2;
                continue;
            }
            String one = back.get(h.substring(i, i + 1));
            if (one == null) return java.util.Optional.empty();
            out.append(one);
            i++;
        }
        return java.util.Optional.of(out.toString());
    }

    /** Kana → its Hepburn spelling (し → shi, not si). */
    private static final Map<String, String> HEPBURN = hepburn();

    private static Map<String, String> hepburn() {
        Set<String> kunrei = Set.of("ti", "tu", "si", "hu", "zi", "di", "du", "sya", "syu", "syo", "tya", "tyu", "tyo",
                "zya", "zyu", "zyo", "jya", "jyu", "jyo");
        Map<String, String> back = new java.util.HashMap<>();
        SYLLABLES.forEach((r, k) -> {
            if (!kunrei.contains(r)) back.merge(k, r, (a, b) -> a.length() <= b.length() ? a : b);
        });
        return Map.copyOf(back);
    }

    private static Map<String, String> syllables() {
        Map<String, String> m = new java.util.HashMap<>();
        String[] vowels = {"a", "i", "u", "e", "o"};
        String[][] rows = {
                {"", "あいうえお"}, {"k", "かきくけこ"}, {"s", "さしすせそ"}, {"t", "たちつてと"}, {"n", "なにぬねの"},
                {"h", "はひふへほ"}, {"m", "まみむめも"}, {"r", "らりるれろ"}, {"g", "がぎぐげご"}, {"z", "ざじずぜぞ"},
                {"d", "だぢづでど"}, {"b", "ばびぶべぼ"}, {"p", "ぱぴぷぺぽ"}};
        for (String[] row : rows) for (int v = 0; v < 5; v++) m.put(row[0] + vowels[v], String.valueOf(row[1].charAt(v)));
        m.put("ya", "や"); m.put("yu", "ゆ"); m.put("yo", "よ"); m.put("wa", "わ"); m.put("wo", "を");
        m.put("shi", "し"); m.put("chi", "ち"); m.put("tsu", "つ"); m.put("fu", "ふ"); m.put("ji", "じ");
        String[][] palatal = {{"ky", "き"}, {"sh", "し"}, {"ch", "ち"}, {"ny", "に"}, {"hy", "ひ"}, {"my", "み"}, {"ry", "り"},
                {"gy", "ぎ"}, {"j", "じ"}, {"by", "び"}, {"py", "ぴ"}, {"sy", "し"}, {"ty", "ち"}, {"zy", "じ"}, {"jy", "じ"}};
        String[] small = {"ゃ", "ゅ", "ょ"};
        String[] yv = {"a", "u", "o"};
        for (String[] p : palatal) for (int v = 0; v < 3; v++) m.put(p[0] + yv[v], p[1] + small[v]);
        m.put("she", "しぇ"); m.put("che", "ちぇ"); m.put("je", "じぇ");
        m.put("fa", "ふぁ"); m.put("fi", "ふぃ"); m.put("fe", "ふぇ"); m.put("fo", "ふぉ");
        // Kunrei spellings (ti, si, hu…) read too; Hepburn's are what a KB word is spelled in (HEPBURN_ONLY).
        m.put("ti", "ち"); m.put("tu", "つ"); m.put("si", "し"); m.put("hu", "ふ"); m.put("zi", "じ"); m.put("di", "ぢ"); m.put("du", "づ");
        m.put("thi", "てぃ"); m.put("dhi", "でぃ"); m.put("wi", "うぃ"); m.put("we", "うぇ");
        return Map.copyOf(m);
    }
}
