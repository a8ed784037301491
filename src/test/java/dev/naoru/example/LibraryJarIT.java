package dev.naoru.example;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar embeds as a library: a stable module name, and the KB and rules that Naoru.loadDefault() reads. */
class LibraryJarIT {
    @Test
    void theJarHasAnAutomaticModuleNameAndShipsTheGuidedRules() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target/naoru.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("dev.naoru");
            assertThat(jar.getEntry("naoru/rules/guided.yaml")).isNotNull();
            assertThat(jar.getEntry("naoru/kb/steps.yaml")).isNotNull();
            assertThat(jar.getEntry("dev/naoru/api/Conversation.class")).isNotNull();
        }
    }
}
