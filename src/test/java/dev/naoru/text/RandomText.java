package dev.naoru.text;

import java.util.Random;

/** Random strings for fuzzing: mixed scripts, emoji, control characters, lone surrogates, up to 2,000 chars. */
public final class RandomText {
    private static final String[] WORDS = {"メール", "取得", "できません", "iPhone", "ｱｲﾌｫﾝ", "ドコモ", "、", "。", "けど", "のに",
            "ない", "へん", "ん", "迷惑メール", "icloud.com", "wi-fi", "i cloud", "VPN", "でけへん", "😀", "👨‍👩‍👧", "\u200B",
            "\uFEFF", "〜", "！？", "\n", "\t", "Ⅻ", "㍿", "ﾊﾟｽﾜｰﾄﾞ", "も", "だけ", "から", "たら", " ", "\u3000", "\\", "\"", "{}"};

    private RandomText() {
    }

    /** Romaji particles and words, so a romaji message (text.RomajiText) is read: de, ga, tte, kedo… */
    private static final String[] ROMAJI = {"de", "ga", "wo", "ni", "wa", "tte", "kara", "kedo", "desu", "masu", "meeru", "shutoku",
            "dekinai", "n", "nn", "tch", "kk", "'", "mail", "icloud", "x", "q", "ltsu", "xyz"};

    public static String next(Random rnd) {
        int kind = rnd.nextInt(12);
        if (kind == 10) return katakanaMessage(rnd);
        if (kind == 11) return romajiMessage(rnd);
        int len = kind == 0 ? 1500 + rnd.nextInt(501) : kind < 3 ? rnd.nextInt(300) : rnd.nextInt(60);
        StringBuilder sb = new StringBuilder(len + 16);
        while (sb.length() < len) {
            switch (rnd.nextInt(9)) {
                case 0 -> sb.append(WORDS[rnd.nextInt(WORDS.length)]);
                case 1 -> sb.append((char) ('ぁ' + rnd.nextInt(0x56)));          // hiragana
                case 2 -> sb.append((char) ('ァ' + rnd.nextInt(0x5A)));          // katakana
                case 3 -> sb.append((char) (0x4E00 + rnd.nextInt(0x5000)));      // kanji
                case 4 -> sb.append((char) (0x20 + rnd.nextInt(0x5F)));         // ASCII
                case 5 -> sb.append((char) rnd.nextInt(0x20));                   // control
                case 6 -> sb.append((char) (0xD800 + rnd.nextInt(0x800)));       // lone surrogate (either half)
                case 7 -> sb.appendCodePoint(0x1F300 + rnd.nextInt(0x300));      // emoji
                default -> sb.append((char) rnd.nextInt(0x10000));               // any BMP char
            }
        }
        return sb.length() > 2000 ? sb.substring(0, 2000) : sb.toString();
    }

    /** A message of katakana (full- or half-width), ー and spaces only: what text.KatakanaText reads. */
    private static String katakanaMessage(Random rnd) {
        int len = rnd.nextInt(200);
        StringBuilder sb = new StringBuilder(len);
        while (sb.length() < len) {
            switch (rnd.nextInt(4)) {
                case 0 -> sb.append((char) ('ァ' + rnd.nextInt(0x5E)));
                case 1 -> sb.append((char) (0xFF66 + rnd.nextInt(0x3A)));     // half-width katakana
                case 2 -> sb.append('ー');
                default -> sb.append(rnd.nextBoolean() ? ' ' : '。');
            }
        }
        return sb.toString();
    }

    /** A message of romaji-like Latin words (two particles or more, often): what text.RomajiText reads. */
    private static String romajiMessage(Random rnd) {
        int words = rnd.nextInt(40);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (rnd.nextInt(4) == 0) {
                for (int k = rnd.nextInt(8); k > 0; k--) sb.append((char) ('a' + rnd.nextInt(26)));
            } else {
                sb.append(ROMAJI[rnd.nextInt(ROMAJI.length)]);
            }
            sb.append(rnd.nextInt(5) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** A printable form for failure messages. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        String shown = s.length() > 120 ? s.substring(0, 120) : s;
        for (char c : shown.toCharArray()) {
            if (c < 0x20 || Character.isSurrogate(c) || c == 0x7F) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        if (s.length() > 120) sb.append("…(").append(s.length()).append(" chars)");
        return "「" + sb + "」";
    }
}
