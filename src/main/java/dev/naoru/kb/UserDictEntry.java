package dev.naoru.kb;

import java.util.List;

/**
 * A Kuromoji user-dictionary entry: how to segment a surface form the stock dictionary gets wrong.
 * Kuromoji gives user-dictionary tokens no base form, so {@code bases} (optional, one per segment)
 * says what each segment means: でき → できる. {@code example} (optional) is a sentence the entry is
 * for, which its test uses to show the entry changes the tokenization.
 */
public record UserDictEntry(String surface, List<String> segments, List<String> readings, List<String> bases,
                            String pos, String example, SourceRef where) {
    public UserDictEntry {
        segments = List.copyOf(segments);
        readings = List.copyOf(readings);
        bases = List.copyOf(bases);
    }

    /** The line in Kuromoji's CSV user-dictionary format. */
    public String csvLine() {
        return surface + "," + String.join(" ", segments) + "," + String.join(" ", readings) + "," + pos;
    }
}
