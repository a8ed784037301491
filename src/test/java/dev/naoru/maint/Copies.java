package dev.naoru.maint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helper: copies of kb/ and rules/ that a test may edit. */
final class Copies {
    private Copies() {
    }

    static Path tree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }

    /** Inserts text after the phrasings line of the entry that starts with {@code entryLine}. */
    static void append(Path file, String text, String entryLine) throws IOException {
        String s = Files.readString(file);
        int entry = s.indexOf(entryLine);
        int at = s.indexOf("    phrasings:\n", entry) + "    phrasings:".length();
        Files.writeString(file, s.substring(0, at) + text.stripTrailing() + s.substring(at));
    }
}
