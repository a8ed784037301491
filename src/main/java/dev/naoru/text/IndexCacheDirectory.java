package dev.naoru.text;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where what a KB load derives is kept between starts (the phrasing index, the kana spellings): system property
 * {@code naoru.index.cache} or environment variable {@code NAORU_INDEX_CACHE} ({@code tools/naoru} sets
 * {@code target/index-cache}); none, and nothing is kept.
 */
public final class IndexCacheDirectory {
    private IndexCacheDirectory() {
    }

    /** The directory, when one is given. */
    public static Optional<Path> get() {
        String d = System.getProperty("naoru.index.cache", System.getenv("NAORU_INDEX_CACHE"));
        return d == null || d.isBlank() ? Optional.empty() : Optional.of(Path.of(d));
    }
}
