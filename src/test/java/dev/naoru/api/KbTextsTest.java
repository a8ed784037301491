package dev.naoru.api;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing the KB's texts from pre-encoded bytes gives byte for byte the JSON of the plain writer. */
class KbTextsTest {
    private static final Naoru NAORU = TestNaoru.get();

    private static String streamed(Result r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            Json.write(g, r, NAORU.snapshot().texts());
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
            Result result = NAORU.diagnose(r);
            assertThat(streamed(result)).as(r.text()).isEqualTo(Json.write(Json.result(result)));
        }
        assertThat(NAORU.snapshot().texts().size()).as("step, question, cause and tip texts").isGreaterThan(100);
    }

    @Test
    void aTextEqualToAKbTextButNotItIsWrittenTheSame() throws IOException {
        String kbText = NAORU.snapshot().kb().steps().get(0).title();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartArray();
            NAORU.snapshot().texts().writeString(g, new String(kbText.toCharArray()));
            NAORU.snapshot().texts().writeString(g, kbText);
            g.writeEndArray();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Json.write(Json.MAPPER.createArrayNode().add(kbText).add(kbText)));
    }
}
