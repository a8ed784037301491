package dev.naoru.http;

import dev.naoru.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code naoru serve} refuses bad options with exit status 2 before it listens. */
class ServeCommandTest {
    @Test
    void badPortIsAUsageError() {
        assertThat(Main.run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(Main.run("serve", "--port", "http")).isEqualTo(2);
    }

    @Test
    void missingOrWeakAdminTokenFileIsAUsageError(@TempDir Path dir) throws Exception {
        assertThat(Main.run("serve", "--admin-token-file", dir.resolve("missing").toString())).isEqualTo(2);
        Path weak = Files.writeString(dir.resolve("token"), "short\n");
        assertThat(Main.run("serve", "--admin-token-file", weak.toString())).isEqualTo(2);
    }

    @Test
    void helpListsTheOptions() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(out));
        assertThat(cl.execute("help", "serve")).isZero();
        assertThat(out.toString()).contains("--port", "--kb", "--rules", "--watch", "--admin-token-file");
    }
}
