package dev.naoru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Json;
import dev.naoru.api.ResultShape;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("naoru diagnose / explain / usage")
class DiagnoseCliTest {

    static void noStackTrace(Cli.Run r) {
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("diagnose --json prints one contract result and exits 0")
    void json() throws Exception {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "iPhoneでメールを取得できませんと出る", "--json", "-a", "other-devices=no"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode o = Json.MAPPER.readTree(r.outLines().get(0));
        SoftAssertions soft = new SoftAssertions();
        ResultShape.check(soft, "cli", o);
        soft.assertAll();
        assertThat(o.get("status").asText()).isEqualTo("plan");
        assertThat(o.at("/device/id").asText()).isEqualTo("iphone");
        assertThat(o.at("/device/source").asText()).isEqualTo("detected");
        assertThat(o.at("/symptoms/0/id").asText()).isEqualTo("cannot-fetch");
        assertThat(o.at("/steps/0/title").asText()).as("UTF-8 output").isNotBlank().doesNotContain("?");
    }

    @Test
    @DisplayName("diagnose --device gives the device with source given")
    void deviceGiven() throws Exception {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "メールが届かない", "--json", "--device", "Outlook"));
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode o = Json.MAPPER.readTree(r.outLines().get(0));
        assertThat(o.at("/device/id").asText()).isEqualTo("outlook");
        assertThat(o.at("/device/source").asText()).isEqualTo("given");
    }

    @Test
    @DisplayName("diagnose without --json prints a readable plan")
    void readable() {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "iPhoneでメールを取得できませんと出る"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("status: plan").contains("端末: iphone");
    }

    @Test
    @DisplayName("unknown device: exit 2, one line on stderr naming the allowed devices, no stack trace")
    void unknownDevice() {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "メールが届かない", "--device", "nokia"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).singleElement().asString()
                .contains("nokia").contains("iphone").contains("mac").contains("outlook").contains("android").contains("docomo");
        assertThat(r.out()).isBlank();
        noStackTrace(r);
    }

    @Test
    @DisplayName("empty text: exit 2 with one line, no stack trace")
    void emptyText() {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", ""));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).singleElement().asString().contains("empty");
        noStackTrace(r);
    }

    @Test
    @DisplayName("text over 2,000 characters: exit 2 naming the limit, no stack trace")
    void tooLong() {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "あ".repeat(2001), "--json"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines()).as(r.toString()).singleElement().asString().contains("2000");
        assertThat(r.out()).isBlank();
        noStackTrace(r);
    }

    @Test
    @DisplayName("a malformed or unknown --answer: exit 2, no stack trace")
    void badAnswer() {
        Cli.Run malformed = Cli.run(Cli.withKb("diagnose", "メールが届かない", "-a", "other-devices"));
        assertThat(malformed.exit()).as(malformed.toString()).isEqualTo(2);
        assertThat(malformed.errLines()).singleElement().asString().contains("QUESTION=ANSWER");
        noStackTrace(malformed);
        Cli.Run unknown = Cli.run(Cli.withKb("diagnose", "メールが届かない", "-a", "other-devices=maybe"));
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString().contains("maybe");
        noStackTrace(unknown);
    }

    @Test
    @DisplayName("explain --json shows tokens and the result; exit 0")
    void explain() throws Exception {
        Cli.Run r = Cli.run(Cli.withKb("explain", "VPNは使っていません", "--json"));
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode o = Json.MAPPER.readTree(r.out());
        assertThat(o.get("tokens").size()).isPositive();
        assertThat(o.get("negations").size()).isPositive();
        assertThat(o.at("/result/status").isTextual()).isTrue();
    }

    @Test
    @DisplayName("unknown option or command: exit 2 with a hint, no stack trace")
    void usageErrors() {
        Cli.Run opt = Cli.run("diagnose", "メール", "--no-such-option");
        assertThat(opt.exit()).as(opt.toString()).isEqualTo(2);
        assertThat(opt.err()).contains("--help");
        noStackTrace(opt);
        Cli.Run cmd = Cli.run("no-such-command");
        assertThat(cmd.exit()).as(cmd.toString()).isEqualTo(2);
        noStackTrace(cmd);
        Cli.Run missing = Cli.run("diagnose");
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
        noStackTrace(missing);
    }

    @Test
    @DisplayName("no arguments prints usage and exits 0; --version works")
    void usage() {
        Cli.Run r = Cli.run();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("diagnose").contains("batch").contains("validate");
        Cli.Run v = Cli.run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("naoru");
    }
}
