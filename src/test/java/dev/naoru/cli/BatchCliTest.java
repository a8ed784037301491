package dev.naoru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import dev.naoru.api.ResultShape;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("naoru batch (JSON Lines)")
class BatchCliTest {
    @TempDir
    Path tmp;

    private Path file(String... lines) throws Exception {
        Path f = tmp.resolve("in.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static List<JsonNode> parse(Cli.Run r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.outLines()) out.add(Json.MAPPER.readTree(l));
        return out;
    }

    @Test
    @DisplayName("all good: one result per line, in order, each with its id; exit 0")
    void allGood() throws Exception {
        Path f = file("{\"id\": \"a\", \"text\": \"iPhoneでメールを取得できません\"}",
                "{\"id\": \"b\", \"text\": \"迷惑メールにも無い\", \"device\": \"mac\"}",
                "{\"id\": 3, \"text\": \"メールが届かない\", \"answers\": {\"other-devices\": \"yes\"}}",
                "{\"text\": \"今日の天気\"}");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        List<JsonNode> res = parse(r);
        assertThat(res).hasSize(4);
        assertThat(res).extracting(n -> n.get("id").isNull() ? null : n.get("id").asText()).containsExactly("a", "b", "3", null);
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode n : res) ResultShape.check(soft, n.toString(), n);
        soft.assertAll();
        assertThat(res.get(1).at("/device/id").asText()).isEqualTo("mac");
        assertThat(res.get(2).get("causes").findValuesAsText("id")).contains("server-outage");
        assertThat(res.get(3).get("status").asText()).isEqualTo("no_match");
    }

    @Test
    @DisplayName("guided lines: tried steps are left out, a fix resolves, a bad tried entry is that line's error; exit 1")
    void guidedLines() throws Exception {
        Path f = file("{\"id\": \"g1\", \"text\": \"iPhoneでメールを取得できません\", \"tried\": {\"check-network\": \"not-fixed\"}}",
                "{\"id\": \"g2\", \"text\": \"iPhoneでメールを取得できません\", \"tried\": {\"check-network\": \"not-fixed\", \"restart-device\": \"fixed\"}}",
                "{\"id\": \"g3\", \"text\": \"iPhoneでメールを取得できません\", \"tried\": {\"check-network\": \"maybe\"}}",
                "{\"id\": \"g4\", \"text\": \"iPhoneでメールを取得できません\"}");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        List<JsonNode> res = parse(r);
        assertThat(res).hasSize(4);
        assertThat(res.get(0).get("steps").findValuesAsText("id")).doesNotContain("check-network");
        assertThat(res.get(0).at("/handoff/tried/check-network").asText()).isEqualTo("not-fixed");
        assertThat(res.get(1).get("status").asText()).isEqualTo("resolved");
        assertThat(res.get(1).get("resolved_by").asText()).isEqualTo("restart-device");
        assertThat(res.get(2).at("/error/code").asText()).isEqualTo("unknown_tried");
        assertThat(res.get(2).at("/error/message").asText()).contains("tried.check-network: 'maybe' is not an outcome");
        assertThat(res.get(3).get("status").asText()).isEqualTo("plan");
    }

    @Test
    @DisplayName("a malformed line in the middle: every line answered in order, the bad one an invalid_json error; exit 1")
    void badLineInTheMiddle() throws Exception {
        Path f = file("{\"id\": \"a\", \"text\": \"iPhoneでメールを取得できません\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"text\": \"メールが届かない\"}");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        List<JsonNode> res = parse(r);
        assertThat(res).hasSize(3);
        assertThat(res.get(0).get("id").asText()).isEqualTo("a");
        assertThat(res.get(0).has("status")).isTrue();
        JsonNode bad = res.get(1);
        assertThat(bad.has("status")).isFalse();
        assertThat(bad.at("/error/code").asText()).isEqualTo("invalid_json");
        assertThat(bad.at("/error/message").asText()).contains("line 2");
        assertThat(res.get(2).get("id").asText()).isEqualTo("c");
        assertThat(res.get(2).has("status")).isTrue();
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("request errors keep the line's id and their own code")
    void requestErrorsCarryId() throws Exception {
        Path f = file("{\"id\": \"d1\", \"text\": \"メール\", \"device\": \"nokia\"}",
                "{\"id\": \"d2\", \"text\": \"\"}",
                "{\"id\": \"d3\", \"text\": \"" + "あ".repeat(2001) + "\"}",
                "{\"id\": \"d4\", \"text\": \"メール\", \"answers\": {\"color\": \"red\"}}",
                "{\"id\": \"d5\", \"text\": 5}",
                "[1, 2]",
                "{\"id\": \"ok\", \"text\": \"メールが届かない\"}");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        List<JsonNode> res = parse(r);
        assertThat(res).hasSize(7);
        assertThat(res.subList(0, 6)).extracting(n -> n.at("/error/code").asText())
                .containsExactly("unknown_device", "text_empty", "text_too_long", "unknown_answer", "invalid_request", "invalid_request");
        assertThat(res.subList(0, 5)).extracting(n -> n.get("id").asText()).containsExactly("d1", "d2", "d3", "d4", "d5");
        assertThat(res.get(5).get("id").isNull()).isTrue();
        assertThat(res.get(6).get("status").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("blank lines are skipped; line numbers in errors still count them")
    void blankLines() throws Exception {
        Path f = file("", "{\"id\": \"a\", \"text\": \"メールが届かない\"}", "   ", "nope");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> res = parse(r);
        assertThat(res).hasSize(2);
        assertThat(res.get(1).at("/error/message").asText()).contains("line 4");
    }

    @Test
    @DisplayName("Windows line ends (CRLF) are read like LF")
    void crlf() throws Exception {
        Path f = tmp.resolve("crlf.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"メールが届かない\"}\r\n{\"id\": \"b\", \"text\": \"迷惑メールにも無い\"}\r\n",
                StandardCharsets.UTF_8);
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(parse(r)).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    @DisplayName("a UTF-8 BOM at the start of the file is ignored")
    void byteOrderMark() throws Exception {
        Path f = tmp.resolve("bom.jsonl");
        Files.writeString(f, "\uFEFF{\"id\": \"a\", \"text\": \"メールが届かない\"}\n{\"id\": \"b\", \"text\": \"迷惑メールにも無い\"}\n",
                StandardCharsets.UTF_8);
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(parse(r)).extracting(n -> n.path("id").asText()).containsExactly("a", "b");
    }

    @Test
    @DisplayName("reads standard input with -")
    void stdin() throws Exception {
        Cli.Run r = Cli.runWithInput("{\"id\": \"s1\", \"text\": \"iPhoneでメールを取得できません\"}\n{\"id\": \"s2\", \"text\": \"迷惑メールにも無い\"}\n",
                Cli.withKb("batch", "-"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(parse(r)).extracting(n -> n.get("id").asText()).containsExactly("s1", "s2");
    }

    @Test
    @DisplayName("an empty file: nothing to answer, exit 0")
    void emptyFile() throws Exception {
        Path f = tmp.resolve("empty.jsonl");
        Files.writeString(f, "");
        Cli.Run r = Cli.run(Cli.withKb("batch", f.toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.outLines()).isEmpty();
    }

    @Test
    @DisplayName("a missing file: exit 2, one line naming it, no stack trace")
    void missingFile() {
        String missing = tmp.resolve("nope.jsonl").toString();
        Cli.Run r = Cli.run(Cli.withKb("batch", missing));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("nope.jsonl");
        assertThat(r.out()).isBlank();
        DiagnoseCliTest.noStackTrace(r);
    }
}
