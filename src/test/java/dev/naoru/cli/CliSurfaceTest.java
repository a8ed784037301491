package dev.naoru.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** Every subcommand answers --help/-h/--version (D11); failures end with a documented exit code and one line (D12). */
@DisplayName("CLI help, version and exit codes")
class CliSurfaceTest {
    @ParameterizedTest
    @ValueSource(strings = {"diagnose", "batch", "explain", "validate", "test", "eval", "bench", "serve", "chat"})
    void helpAndVersion(String sub) {
        for (String h : new String[]{"--help", "-h"}) {
            Cli.Run r = Cli.run(sub, h);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).startsWith("Usage: naoru " + sub);
        }
        Cli.Run v = Cli.run(sub, "--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out().strip()).isEqualTo(Main.VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void benchRequestsMustBePositive(String n) {
        Cli.Run r = Cli.run(Cli.withKb("bench", "--requests", n));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("naoru: --requests must be at least 1, got " + n);
    }

    @Test
    void busyPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Run r = Cli.run(Cli.withKb("serve", "--port", Integer.toString(taken.getLocalPort())));
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.errLines().get(0)).startsWith("naoru: cannot listen on 127.0.0.1:").contains("already in use");
        }
    }
}
