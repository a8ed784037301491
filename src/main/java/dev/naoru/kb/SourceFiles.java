package dev.naoru.kb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The text of every YAML / DRL file of one directory, read once so that loading, validation and the
 * content hash all see the same bytes. Only top-level files are loaded; the {@code tests/} folder is
 * read too, so that the version (and so a reload) changes when a test changes, and files in any
 * other subfolder are listed so that a check can warn that they are ignored.
 *
 * @param label      how paths are shown to maintainers, e.g. {@code kb} gives {@code kb/steps.yaml}
 * @param files      file name → UTF-8 text, sorted by name
 * @param tests      {@code tests/…} path → text: part of the version, not of the KB
 * @param subfolders relative paths of YAML/DRL files in other subfolders (never loaded)
 */
public record SourceFiles(String label, Map<String, String> files, Map<String, String> tests, List<String> subfolders) {
    public SourceFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        tests = Collections.unmodifiableMap(new TreeMap<>(tests));
        subfolders = List.copyOf(subfolders);
    }

    public SourceFiles(String label, Map<String, String> files) {
        this(label, files, Map.of(), List.of());
    }

    public static SourceFiles read(Path dir, String label) {
        if (!Files.isDirectory(dir)) {
            throw new KbException(List.of(new Problem(label, 0, 0, "not a directory: " + dir,
                    "pass the folder that holds the YAML files")));
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, String> tests = new TreeMap<>();
        List<String> subfolders = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isRegularFile(p) || !isSource(name)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.contains("/")) {
                    readInto(p, label + "/" + rel, rel, files, problems);
                } else if (rel.startsWith("tests/")) {
                    readInto(p, label + "/" + rel, rel, tests, problems);
                } else {
                    subfolders.add(rel);
                }
            }
        } catch (IOException e) {
            throw new KbException(List.of(new Problem(label, 0, 0, "cannot read: " + e.getMessage(), "")));
        }
        if (!problems.isEmpty()) throw new KbException(problems);
        return new SourceFiles(label, files, tests, subfolders);
    }

    private static boolean isSource(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".drl");
    }

    private static void readInto(Path p, String shown, String key, Map<String, String> into, List<Problem> problems) {
        try {
            into.put(key, decode(Files.readAllBytes(p)));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(shown, 0, 0, "not valid UTF-8 text", "save the file as UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "cannot read: " + e.getMessage(), ""));
        }
    }

    /** Strict UTF-8: a stray byte is an error naming the file, not a replacement character. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The display path of a file, e.g. {@code kb/steps.yaml}. */
    public String path(String name) {
        return label + "/" + name;
    }

    /** SHA-256 over names and contents (tests included), for the snapshot version. */
    public void digest(MessageDigest md) {
        for (Map<String, String> m : List.of(files, tests)) {
            m.forEach((name, text) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
        }
    }

    /** A short content hash of several source sets: the KB version shown in results. */
    public static String version(SourceFiles... sets) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (SourceFiles s : sets) s.digest(md);
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path as a maintainer reads it: relative to the working folder when inside it. */
    public static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return s.isEmpty() ? "." : s;
    }
}
