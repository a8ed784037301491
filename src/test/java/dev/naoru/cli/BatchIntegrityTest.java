package dev.naoru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import dev.naoru.http.WireFuzz;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One line in, one line out, whatever the bytes (review D3, D4, D5), from a file and from standard input. */
@DisplayName("naoru batch: line integrity")
class BatchIntegrityTest {
    @TempDir
    Path tmp;

    private static List<JsonNode> lines(Cli.Run r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.out().split("\n", -1)) if (!l.isEmpty()) out.add(Json.MAPPER.readTree(l));
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("an invalid UTF-8 byte is that line's invalid_utf8; the lines around it are answered (file and stdin)")
    void invalidUtf8() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(bytes("{\"id\":\"a\",\"text\":\"メールが届かない\"}\n{\"id\":\"b\",\"text\":\""));
        in.write(0xff);
        in.writeBytes(bytes("\"}\n{\"id\":\"c\",\"text\":\"迷惑メールにも無い\"}\n"));
        Path f = tmp.resolve("bad.jsonl");
        Files.write(f, in.toByteArray());
        for (Cli.Run r : List.of(Cli.run(Cli.withKb("batch", f.toString())), Cli.runWithBytes(in.toByteArray(), Cli.withKb("batch", "-")))) {
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            List<JsonNode> out = lines(r);
            assertThat(out).hasSize(3);
            assertThat(out.get(0).path("id").asText()).isEqualTo("a");
            assertThat(out.get(1).at("/error/code").asText()).isEqualTo("invalid_utf8");
            assertThat(out.get(1).at("/error/message").asText()).startsWith("line 2: ");
            assertThat(out.get(2).path("id").asText()).isEqualTo("c");
        }
    }

    @Test
    @DisplayName("a bare CR inside a line is JSON whitespace, not a line break")
    void bareCr() throws Exception {
        Cli.Run r = Cli.runWithBytes(bytes("{\"id\":\"x\",\r\"text\":\"メールが届かない\"}\n{\"id\":\"y\",\"text\":\"届かない\"}\n"), Cli.withKb("batch", "-"));
        List<JsonNode> out = lines(r);
        assertThat(out).extracting(n -> n.path("id").asText()).containsExactly("x", "y");
    }

    @Test
    @DisplayName("JSON past the parser's limits is json_too_complex with its line, never internal (D4)")
    void parserLimits() throws Exception {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        String longNumber = "{\"id\":" + "1".repeat(1001) + ",\"text\":\"a\"}";
        Cli.Run r = Cli.runWithInput(deep + "\n" + longNumber + "\n{\"id\":\"d\",\"text\":\"a\",\"text\":\"b\"}\n{\"id\":\"e\",\"text\":\"届かない\",\"device\":\"iPhone\"}\n",
                Cli.withKb("batch", "-"));
        List<JsonNode> out = lines(r);
        assertThat(out).extracting(n -> n.at("/error/code").asText())
                .containsExactly("json_too_complex", "json_too_complex", "invalid_json", "unknown_device");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("internal");
        assertThat(out.get(1).at("/error/message").asText()).startsWith("line 2: ");
    }

    @Test
    @DisplayName("fuzz (fixed seed): as many output lines as input lines, in order, intact ids back, never internal; 1 and 3 threads agree")
    void fuzz() throws Exception {
        Random rnd = new Random(20261203L);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        List<WireFuzz.Line> lines = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            WireFuzz.Line l = WireFuzz.next(rnd, n);
            lines.add(l);
            in.writeBytes(l.bytes());
            in.write('\n');
        }
        Cli.Run one = Cli.runWithBytes(in.toByteArray(), Cli.withKb("batch", "-", "--threads", "1"));
        Cli.Run three = Cli.runWithBytes(in.toByteArray(), Cli.withKb("batch", "-", "--threads", "3"));
        assertThat(three.out()).isEqualTo(one.out());
        List<JsonNode> out = lines(one);
        assertThat(out).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = out.get(i);
            assertThat(o.at("/error/code").asText()).as("line %d", i + 1).isNotEqualTo("internal");
            if (lines.get(i).intact()) assertThat(o.path("id").asText()).as("line %d", i + 1).isEqualTo(lines.get(i).id());
            if (o.has("error")) assertThat(o.at("/error/message").asText()).startsWith("line " + (i + 1) + ": ");
        }
    }
}
