package dev.naoru.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An emoji (a surrogate pair) wherever it falls in a file: SnakeYAML 2.3 threw IndexOutOfBoundsException when one
 * straddled its 1024-character read buffer (snakeyaml issue 1098), so a scenario file or a KB file with 「😭」 at an
 * unlucky offset stopped `naoru eval`/`validate` with an internal error.
 */
class YamlDocSurrogateTest {
    @ParameterizedTest(name = "emoji at offset {0}")
    @ValueSource(ints = {1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 2045, 2046, 2047})
    void emojiAtAnyOffset(int offset) {
        String head = "- id: e\n  text: \"";
        String text = head + "あ".repeat(offset - head.length()) + "😭" + "い".repeat(40) + "\"\n";
        assertThat(text.indexOf("😭")).isEqualTo(offset);
        YamlDoc doc = YamlDoc.parse("kb/tests/emoji.yaml", text);
        assertThat(doc.root().json().get(0).get("text").asText()).endsWith("😭" + "い".repeat(40));
    }
}
