package dev.naoru.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package by pipeline stage, and each stage uses only the stages below it: no cycles such as
 * {@code api ⇄ maint} or {@code kb ⇄ text}. Reads every main source file's imports and fully qualified
 * {@code dev.naoru.x.} names (comments excluded).
 */
class PackageDependencyTest {
    /** The floors: a package may use its own floor's package and any lower floor. */
    private static final Map<String, Integer> FLOOR = Map.of("kb", 0, "text", 1, "rules", 1, "match", 2, "plan", 2,
            "api", 3, "maint", 4, "http", 5, "cli", 6);
    private static final Pattern USE = Pattern.compile("\\bdev\\.naoru\\.([a-z]+)\\.");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void eachStageUsesOnlyTheStagesBelow() throws IOException {
        Path root = Path.of("src/main/java/dev/naoru");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                assertThat(FLOOR).as("package %s has a floor", pkg).containsKey(pkg);
                String code = COMMENTS.matcher(Files.readString(f)).replaceAll("");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (used.equals(pkg) || !FLOOR.containsKey(used)) continue;
                    if (FLOOR.get(used) >= FLOOR.get(pkg)) wrong.add(root.relativize(f) + " uses " + used);
                }
            }
        }
        assertThat(wrong).as("uses of a stage at or above one's own").isEmpty();
    }
}
