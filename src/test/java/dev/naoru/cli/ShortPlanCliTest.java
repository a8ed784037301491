package dev.naoru.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CLI: the short chat plan by default, --all / --max-steps for more, a clear usage error otherwise. */
@DisplayName("diagnose --all / --max-steps")
class ShortPlanCliTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    @DisplayName("default 6 steps plus more_steps; --all shows every step; --max-steps 2 shows two")
    void options() throws Exception {
        String text = "iPhoneでメールを取得できません";
        JsonNode dflt = M.readTree(Cli.run(Cli.withKb("diagnose", text, "--json")).out());
        JsonNode all = M.readTree(Cli.run(Cli.withKb("diagnose", text, "--json", "--all")).out());
        JsonNode two = M.readTree(Cli.run(Cli.withKb("diagnose", text, "--json", "--max-steps", "2")).out());
        assertThat(dflt.get("steps").size()).isEqualTo(6);
        assertThat(all.get("steps").size()).isEqualTo(6 + dflt.get("more_steps").size());
        assertThat(all.has("more_steps")).isFalse();
        assertThat(two.get("steps").size()).isEqualTo(2);
        Cli.Run human = Cli.run(Cli.withKb("diagnose", text));
        assertThat(human.out()).contains("ほかの手順").contains("--all");
    }

    @Test
    @DisplayName("--max-steps out of range is a usage error (exit 2) with a message, no stack trace")
    void badMaxSteps() {
        Cli.Run r = Cli.run(Cli.withKb("diagnose", "メールが届かない", "--max-steps", "-1"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--max-steps takes 0 (all) to 100").doesNotContain("Exception");
    }
}
