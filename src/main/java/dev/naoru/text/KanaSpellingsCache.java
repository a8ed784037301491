package dev.naoru.text;

import dev.naoru.kb.SourceRef;
import dev.naoru.kb.UserDictEntry;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@link KanaSpellings} kept on disk per hash of what they are derived from (the phrasings with where they are
 * written, the KB's other words, the user dictionary, the hand-made surfaces, Lucene's version and the deriving classes): deriving them reads every phrasing with
 * Kuromoji, a tenth of a second of a cold start. A changed phrasing, entry or synonym hashes differently and is
 * derived again. On where the phrasing-index cache is ({@code naoru.index.cache} / {@code NAORU_INDEX_CACHE},
 * {@code tools/naoru} sets {@code target/index-cache}), in its {@code kana-spellings} folder; off without one.
 * A cache that cannot be read or written costs only the derivation.
 */
final class KanaSpellingsCache {
    private static final int KEEP = 6;

    private KanaSpellingsCache() {
    }

    static KanaSpellings get(Map<String, SourceRef> phrasings, List<String> kbWords, List<UserDictEntry> dict, Set<String> handMade,
                             Supplier<KanaSpellings> derive) {
        Optional<Path> root = IndexCacheDirectory.get().map(d -> d.resolve("kana-spellings"));
        if (root.isEmpty()) return derive.get();
        Path file = root.get().resolve(key(phrasings, kbWords, dict, handMade) + ".tsv");
        Optional<KanaSpellings> cached = read(file);
        if (cached.isPresent()) return cached.get();
        KanaSpellings k = derive.get();
        write(root.get(), file, k);
        return k;
    }

    private static String key(Map<String, SourceRef> phrasings, List<String> kbWords, List<UserDictEntry> dict, Set<String> handMade) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder b = new StringBuilder("kana-spellings lucene ").append(Version.LATEST).append('\n');
            // The deriving code is part of what the spellings come from: a changed class derives them again.
            md.update(classBytes(KanaSpellings.class));
            md.update(classBytes(TextNormalizer.class));
            md.update(classBytes(Kana.class));
            for (String w : kbWords) b.append(w).append('\n');
            phrasings.forEach((t, w) -> b.append(t).append('\t').append(w).append('\n'));
            for (UserDictEntry e : dict) b.append(e.csvLine()).append('\t').append(e.bases()).append('\n');
            b.append(new TreeSet<>(handMade));
            md.update(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] classBytes(Class<?> c) {
        try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static Optional<KanaSpellings> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            List<UserDictEntry> nouns = new ArrayList<>();
            Map<String, String> verbs = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("N") && f.length == 6) {
                    SourceRef where = new SourceRef(f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]));
                    nouns.add(KanaSpellings.noun(f[1], f[2], where));
                } else if (f[0].equals("L") && f.length == 3) {
                    nouns.add(KanaSpellings.loanword(f[1], f[2]));
                } else if (f[0].equals("V") && f.length == 3) {
                    verbs.put(f[1], f[2]);
                } else {
                    throw new IOException("unreadable line: " + line);
                }
            }
            return Optional.of(new KanaSpellings(nouns, verbs));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);   // damaged: derived and written again
            } catch (IOException ignored) {
                // a read-only cache
            }
            return Optional.empty();
        }
    }

    private static void write(Path root, Path file, KanaSpellings k) {
        StringBuilder b = new StringBuilder();
        for (UserDictEntry e : k.nouns()) {
            if (e.where().equals(KanaSpellings.LOANWORDS)) {
                b.append("L\t").append(e.surface()).append('\t').append(e.bases().get(0)).append('\n');
                continue;
            }
            SourceRef w = e.where();
            b.append("N\t").append(e.surface()).append('\t').append(e.bases().get(0)).append('\t')
                    .append(w.file()).append('\t').append(w.line()).append('\t').append(w.column()).append('\n');
        }
        k.verbs().forEach((kana, verb) -> b.append("V\t").append(kana).append('\t').append(verb).append('\n'));
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "kana", ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> s = Files.list(root)) {
                List<Path> old = s.sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).skip(KEEP).toList();
                for (Path p : old) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only target/ only costs the next start the derivation
        }
    }
}
