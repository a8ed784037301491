package dev.naoru.http;

import dev.naoru.api.Naoru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's KB for tests: loaded once per JVM (about a second), or copied to a folder that a test may edit. */
final class TestKb {
    static final Path KB = Path.of("kb");
    static final Path RULES = Path.of("rules");
    private static Naoru shared;

    private TestKb() {
    }

    /** One Naoru over kb/ and rules/, shared by every test class of this JVM (never reloaded). */
    static synchronized Naoru shared() {
        if (shared == null) shared = Naoru.load(KB, RULES);
        return shared;
    }

    /** Copies kb/ and rules/ under {@code dir}; returns {@code dir}. */
    static Path copyTo(Path dir) {
        copyTree(KB, dir.resolve("kb"));
        copyTree(RULES, dir.resolve("rules"));
        return dir;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
