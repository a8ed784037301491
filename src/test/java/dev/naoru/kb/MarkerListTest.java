package dev.naoru.kb;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** MarkerList.first is "the first marker in list order the text contains", whatever the text's order. */
class MarkerListTest {
    private static String naive(String text, List<String> markers) {
        for (String m : markers) if (text.contains(m)) return m;
        return null;
    }

    @Test
    void listOrderWinsOverTextOrder() {
        MarkerList m = MarkerList.of(List.of("けど", "と思った", "かも"));
        assertThat(m.first("かもと思ったけど")).isEqualTo("けど");
        assertThat(m.first("と思ったかも")).isEqualTo("と思った");
        assertThat(m.first("なにもない")).isNull();
        assertThat(m.first("")).isNull();
    }

    @Test
    void anEmptyMarkerIsInEveryTextAndAListEqualsItsPlainCopy() {
        MarkerList m = MarkerList.of(List.of("去年", "", "以前"));
        assertThat(m.first("去年の話")).isEqualTo("去年");
        assertThat(m.first("以前")).isEmpty();
        assertThat(m).isEqualTo(List.of("去年", "", "以前")).hasSize(3);
        assertThat(MarkerList.of(m)).isSameAs(m);
    }

    @Test
    void agreesWithContainsOnRandomTextsAndMarkersSharingALowByte() {
        // あ (U+3042) and B (U+0042) share a low byte: the index must tell them apart.
        String alphabet = "あBいかけどとB思っ";
        Random r = new Random(20261205);
        for (int round = 0; round < 2000; round++) {
            List<String> markers = new ArrayList<>();
            for (int k = r.nextInt(6); k >= 0; k--) markers.add(random(r, alphabet, 1 + r.nextInt(3)));
            String text = random(r, alphabet, r.nextInt(12));
            assertThat(MarkerList.of(markers).first(text)).as("%s in %s", markers, text).isEqualTo(naive(text, markers));
        }
    }

    @Test
    void aGroupFindsEachListsFirstMarkerInOnePass() {
        String alphabet = "あBいかけどとB思っ";
        Random r = new Random(20261206);
        for (int round = 0; round < 2000; round++) {
            List<List<String>> lists = new ArrayList<>();
            for (int l = r.nextInt(4); l >= 0; l--) {
                List<String> markers = new ArrayList<>();
                for (int k = r.nextInt(6); k >= 0; k--) markers.add(random(r, alphabet, r.nextInt(4)));   // empty ones too
                lists.add(markers);
            }
            String text = random(r, alphabet, r.nextInt(12));
            int[] found = new MarkerList.Group(lists.stream().map(MarkerList::of).toList()).firstIndexes(text);
            for (int l = 0; l < lists.size(); l++) {
                String expected = naive(text, lists.get(l));
                assertThat(found[l] < 0 ? null : lists.get(l).get(found[l])).as("%s in %s", lists.get(l), text).isEqualTo(expected);
            }
        }
    }

    private static String random(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }
}
