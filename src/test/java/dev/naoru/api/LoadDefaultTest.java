package dev.naoru.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Naoru.loadDefault: the KB shipped on the classpath")
class LoadDefaultTest {

    @Test
    @DisplayName("target/classes holds naoru/kb and naoru/rules (process-resources), without kb/tests")
    void resourcesCopied() {
        assertThat(LoadDefaultTest.class.getResource("/naoru/kb/steps.yaml")).isNotNull();
        assertThat(LoadDefaultTest.class.getResource("/naoru/kb/contexts.yaml")).isNotNull();
        assertThat(LoadDefaultTest.class.getResource("/naoru/rules/outage.yaml")).isNotNull();
        assertThat(LoadDefaultTest.class.getResource("/naoru/kb/tests")).isNull();
    }

    @Test
    @DisplayName("loads, diagnoses like the project's kb/ and rules/, and refuses reload")
    void loadsAndDiagnoses() throws Exception {
        Naoru shipped = Naoru.loadDefault();
        Request r = Request.of("iPhoneでメールを取得できませんと出る");
        Result fromJar = shipped.diagnose(r);
        Result fromDirs = TestNaoru.get().diagnose(r);
        assertThat(fromJar.status()).isEqualTo(Status.PLAN);
        assertThat(fromJar.stepIds()).isNotEmpty().isEqualTo(fromDirs.stepIds());
        assertThat(fromJar.kbVersion()).matches("[0-9a-f]{12}");
        assertThat(shipped.kbDir()).isEmpty();
        assertThat(shipped.rulesDir()).isEmpty();
        ReloadOutcome o = shipped.reload();
        assertThat(o.kind()).isEqualTo(ReloadOutcome.Kind.FAILED);
        assertThat(o.version()).isEqualTo(fromJar.kbVersion());
        assertThat(o.problems()).isNotEmpty();
        // the KB files on the classpath are the project's (same names); the project's kb has tests, the jar's not
        assertThat(Files.isDirectory(Path.of("kb", "tests"))).isTrue();
    }
}
