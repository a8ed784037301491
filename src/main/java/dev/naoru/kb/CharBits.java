package dev.naoru.kb;

/**
 * A set of characters kept by their low 10 bits (1,024 bits): it may say a character is there that is not (another
 * with the same low bits), never the other way round. A cheap first test before a string search: most characters
 * of a Japanese message start no marker, cue or dialog. Filled once, then only read (safe to share after that).
 */
public final class CharBits {
    private final long[] words = new long[16];

    /** The characters of {@code s}. */
    public static CharBits of(CharSequence s) {
        CharBits b = new CharBits();
        for (int i = 0; i < s.length(); i++) b.add(s.charAt(i));
        return b;
    }

    public void add(char c) {
        words[(c >> 6) & 15] |= 1L << c;
    }

    /** False when {@code c} is surely not in the set. */
    public boolean mayHold(char c) {
        return (words[(c >> 6) & 15] & 1L << c) != 0;
    }

    /** False when some character of {@code other} is surely not in this set. */
    public boolean mayHoldAll(CharBits other) {
        for (int w = 0; w < words.length; w++) if ((words[w] & other.words[w]) != other.words[w]) return false;
        return true;
    }
}
