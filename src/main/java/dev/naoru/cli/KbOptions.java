package dev.naoru.cli;

import dev.naoru.api.Naoru;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where to load the knowledge base from: --kb / --rules, else the project's kb/ and rules/ when
 * run through tools/naoru (NAORU_HOME), else the copy shipped in the jar.
 */
final class KbOptions {
    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base folder (default: kb/ of the project, else the jar's)")
    Path kb;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/ of the project, else the jar's)")
    Path rules;

    Optional<Path> kbDir() {
        return Optional.ofNullable(kb).or(() -> home().map(h -> h.resolve("kb")));
    }

    Optional<Path> rulesDir() {
        return Optional.ofNullable(rules).or(() -> home().map(h -> h.resolve("rules")));
    }

    private static Optional<Path> home() {
        String h = System.getenv("NAORU_HOME");
        if (h == null || h.isBlank()) return Optional.empty();
        Path p = Path.of(h);
        return Files.isDirectory(p.resolve("kb")) && Files.isDirectory(p.resolve("rules")) ? Optional.of(p) : Optional.empty();
    }

    Naoru load() {
        Optional<Path> k = kbDir();
        Optional<Path> r = rulesDir();
        if (k.isEmpty() && r.isEmpty()) return Naoru.loadDefault();
        Path kbPath = k.orElseThrow(() -> new CliException("--rules needs --kb too (or run from the project)", 2));
        Path rulesPath = r.orElseThrow(() -> new CliException("--kb needs --rules too (or run from the project)", 2));
        for (Path p : new Path[]{kbPath, rulesPath}) {
            if (!Files.isDirectory(p)) throw new CliException("not a folder: " + p, 2);
        }
        return Naoru.load(kbPath, rulesPath);
    }
}
