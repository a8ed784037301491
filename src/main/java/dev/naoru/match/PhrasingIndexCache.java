package dev.naoru.match;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The phrasing index written by Lucene, kept on disk per hash of what went into it, so a start with
 * unchanged phrasings opens the index Lucene wrote before instead of writing it again (the writer,
 * its indexing chain and the merge were a fifth of a cold start; opening a written index costs a few
 * milliseconds). The key is the Lucene version and every document's analyzed terms, in order: the
 * phrasings are still analyzed and checked on every start, so an edited phrasing, synonym or
 * dictionary entry that changes a term simply hashes differently and is indexed again.
 *
 * <p>Off unless a directory is given: system property {@code naoru.index.cache} or environment variable
 * {@code NAORU_INDEX_CACHE} ({@code tools/naoru} sets {@code target/index-cache}). A cache that cannot be
 * read or written costs only the indexing it would have saved.
 */
final class PhrasingIndexCache {
    private static final int KEEP = 6;   // indexes kept (several KB folders, a few edits)
    /** Indexes opened from the cache since start (tests). */
    static final java.util.concurrent.atomic.AtomicInteger OPENED = new java.util.concurrent.atomic.AtomicInteger();

    private PhrasingIndexCache() {
    }

    /** The directory of the cache, when turned on. */
    static Optional<Path> directory() {
        return dev.naoru.text.IndexCacheDirectory.get();
    }

    /** The key of an index of these documents (each a phrasing's terms joined by spaces). */
    static String key(List<String> documents) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("lucene " + Version.LATEST + "\n").getBytes(StandardCharsets.UTF_8));
            for (String d : documents) {
                md.update(d.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is read from an index while it is open. */
    interface Reading<T> {
        T read(DirectoryReader reader) throws IOException;
    }

    /** What {@code reading} reads from the index stored under {@code key}, if there is one that opens and reads. */
    static <T> Optional<T> read(String key, Reading<T> reading) {
        Optional<Path> dir = directory().map(d -> d.resolve(key));
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) return Optional.empty();
        // NIO, not FSDirectory.open's memory mapping: the index is read once into arrays, and on Java 21+
        // mapping goes through Lucene's native-access code, which makes the JVM warn on every start.
        try (Directory fs = new NIOFSDirectory(dir.get()); DirectoryReader reader = DirectoryReader.open(fs)) {
            T read = reading.read(reader);
            OPENED.incrementAndGet();
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(dir.get());   // damaged: dropped, so the index written now takes its place
            } catch (IOException | RuntimeException ignored) {
                // a read-only cache: the index is written again on each start
            }
            return Optional.empty();
        }
    }

    /** Stores a freshly written index under {@code key}; quietly does nothing on failure. */
    static void store(String key, ByteBuffersDirectory index) {
        Optional<Path> root = directory();
        if (root.isEmpty()) return;
        try {
            Files.createDirectories(root.get());
            Path tmp = Files.createTempDirectory(root.get(), key + ".tmp");
            try (Directory fs = new NIOFSDirectory(tmp)) {
                for (String file : index.listAll()) fs.copyFrom(index, file, file, IOContext.DEFAULT);
                fs.sync(List.of(fs.listAll()));
            }
            Path target = root.get().resolve(key);
            if (Files.isDirectory(target)) {
                deleteTree(tmp);   // another start stored it meanwhile
                return;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            prune(root.get());
        } catch (IOException | RuntimeException e) {
            // a read-only target/ only costs the next start its indexing
        }
    }

    /** Keeps the newest {@link #KEEP} indexes and drops temporary directories left by an interrupted store. */
    private static void prune(Path root) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
        }
        int kept = 0;
        for (Path d : dirs) {
            boolean temporary = d.getFileName().toString().contains(".tmp");
            if (temporary ? d.toFile().lastModified() < System.currentTimeMillis() - 3_600_000 : ++kept > KEEP) deleteTree(d);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
