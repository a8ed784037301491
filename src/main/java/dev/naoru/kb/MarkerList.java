package dev.naoru.kb;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of clause markers (kb/discourse.yaml, kb/devices.yaml) that also answers which of them a
 * text contains first in list order, in one pass over the text: the markers are indexed by their first
 * character, so a clause is read once instead of once per marker ({@code String.contains} for each of some
 * sixty markers of a list, several lists a clause, was a few per cent of a diagnosis). A plain list otherwise:
 * equal to any list of the same markers.
 */
public final class MarkerList extends AbstractList<String> implements RandomAccess {
    private static final int NONE = Integer.MAX_VALUE;
    private final String[] markers;
    /** The index of the first empty marker, which every text contains; NONE when there is none. */
    private final int empty;
    /** This list alone as a group: the one index both kinds of look-up use. */
    private final Group index;

    private MarkerList(List<String> markers) {
        this.markers = markers.toArray(String[]::new);
        int emptyAt = NONE;
        for (int i = 0; i < this.markers.length; i++) if (this.markers[i].isEmpty()) emptyAt = Math.min(emptyAt, i);
        this.empty = emptyAt;
        this.index = new Group(List.of(this));
    }

    /** The markers as an indexed list (null elements refused, as {@link List#copyOf} does). */
    public static MarkerList of(List<String> markers) {
        if (markers instanceof MarkerList m) return m;
        return new MarkerList(List.copyOf(markers));
    }

    /** The first of the markers, in list order, that {@code text} contains; null when it contains none. */
    public String first(String text) {
        int i = indexOfFirst(text);
        return i < 0 ? null : markers[i];
    }

    /** The index of the first of the markers, in list order, that {@code text} contains; -1 when it contains none. */
    public int indexOfFirst(String text) {
        return index.firstIndexes(text)[0];
    }

    @Override
    public String get(int index) {
        return markers[index];
    }

    @Override
    public int size() {
        return markers.length;
    }

    /**
     * Several marker lists read in one pass over a text: for each list, the index of its first marker (in list order)
     * the text contains. A clause's roles ask six lists of the same stretch of text.
     */
    public static final class Group {
        private final MarkerList[] lists;
        /** The markers' first characters: most characters of a text start no marker. */
        private final CharBits starts = new CharBits();
        /** (list << 20 | marker index), ascending, by the low byte of the marker's first character. */
        private final int[][] byFirstChar = new int[256][];

        public Group(List<MarkerList> lists) {
            this.lists = lists.toArray(MarkerList[]::new);
            List<List<Integer>> buckets = new ArrayList<>();
            for (int b = 0; b < 256; b++) buckets.add(new ArrayList<>());
            for (int l = 0; l < this.lists.length; l++) {
                String[] ms = this.lists[l].markers;
                if (ms.length >= 1 << 20) throw new IllegalArgumentException("too many markers in one list: " + ms.length);
                for (int i = 0; i < ms.length; i++) {
                    if (ms[i].isEmpty()) continue;
                    char c = ms[i].charAt(0);
                    buckets.get(c & 0xFF).add(l << 20 | i);
                    starts.add(c);
                }
            }
            for (int b = 0; b < 256; b++) {
                if (!buckets.get(b).isEmpty()) byFirstChar[b] = buckets.get(b).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        /** For each list (in the order given), the index of the first of its markers {@code text} contains, or -1. */
        public int[] firstIndexes(String text) {
            int n = lists.length;
            int[] best = new int[n];
            for (int l = 0; l < n; l++) best[l] = lists[l].empty;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!starts.mayHold(ch)) continue;
                int[] candidates = byFirstChar[ch & 0xFF];
                if (candidates == null) continue;
                for (int code : candidates) {
                    int l = code >>> 20;
                    int idx = code & ((1 << 20) - 1);
                    if (idx >= best[l]) continue;
                    String m = lists[l].markers[idx];
                    if (m.charAt(0) == ch && text.startsWith(m, i)) best[l] = idx;
                }
            }
            for (int l = 0; l < n; l++) if (best[l] == NONE) best[l] = -1;
            return best;
        }
    }
}
