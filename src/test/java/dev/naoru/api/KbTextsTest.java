package dev.naoru.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing the KB's texts from pre-encoded bytes gives byte for byte the JSON of the plain writer. */
class KbTextsTest {
    private static final Naoru NAORU = TestNaoru.get();

    private static String viaTexts(JsonNode n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = NAORU.snapshot().texts().writer(Json.MAPPER.createGenerator(out))) {
            Json.MAPPER.writeTree(g, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesAsThePlainWriter() throws IOException {
        List<Request> requests = List.of(
                Request.of("iPhoneでメールを取得できませんって出る、パスワード変えたばかり"),
                Request.of("Outlookで新しいOutlookを使っています。パスワードを何度も聞かれる"),
                Request.of("iCloud のシステム状況を見たら障害中でした。Mac でも iPhone でも受信できません"),
                Request.of("メール \"quoted\" \\ back\tslash と改行\nの入った文"));
        for (Request r : requests) {
            JsonNode n = Json.result(NAORU.diagnose(r));
            assertThat(viaTexts(n)).as(r.text()).isEqualTo(Json.write(n));
        }
        assertThat(NAORU.snapshot().texts().size()).as("step, question, cause and tip texts").isGreaterThan(100);
    }

    @Test
    void aTextEqualToAKbTextButNotItIsWrittenTheSame() throws IOException {
        String kbText = NAORU.snapshot().kb().steps().get(0).title();
        JsonNode n = Json.MAPPER.createObjectNode().put("copy", new String(kbText.toCharArray())).put("same", kbText);
        assertThat(viaTexts(n)).isEqualTo(Json.write(n));
    }
}
