package dev.naoru.api;

import dev.naoru.kb.KbException;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Naoru's one entry point: load once, then call {@link #diagnose} from any number of threads.
 *
 * <pre>{@code
 * Naoru naoru = Naoru.loadDefault();                      // kb/ and rules/ shipped in the jar
 * Result r = naoru.diagnose(Request.of("iPhoneでメールを取得できません"));
 * r.status();  r.steps().get(0).instructions();
 * }</pre>
 *
 * A request does no I/O and builds nothing: the analyzer, Lucene index and KieBase live in an
 * immutable {@link Snapshot} that {@link #reload} replaces atomically.
 */
public final class Naoru {
    private final AtomicReference<Snapshot> current;
    private final Optional<Path> kbDir;
    private final Optional<Path> rulesDir;

    private Naoru(Snapshot snapshot, Optional<Path> kbDir, Optional<Path> rulesDir) {
        this.current = new AtomicReference<>(snapshot);
        this.kbDir = kbDir;
        this.rulesDir = rulesDir;
    }

    /**
     * Loads a KB and rules from folders (what maintainers edit; no rebuild needed).
     *
     * @throws KbException with every located problem when they do not load
     */
    public static Naoru load(Path kbDir, Path rulesDir) {
        Snapshot s = Snapshot.build(SourceFiles.read(kbDir, label(kbDir, "kb")), SourceFiles.read(rulesDir, label(rulesDir, "rules")));
        return new Naoru(s, Optional.of(kbDir), Optional.of(rulesDir));
    }

    /** Loads the kb/ and rules/ shipped inside the jar. */
    public static Naoru loadDefault() {
        return new Naoru(onClasspath(dirs -> Snapshot.build(SourceFiles.read(dirs[0], "kb"), SourceFiles.read(dirs[1], "rules"))),
                Optional.empty(), Optional.empty());
    }

    private static String label(Path dir, String dflt) {
        String shown = SourceFiles.display(dir);
        return shown.equals(".") ? dflt : shown;
    }

    private static <T> T onClasspath(Function<Path[], T> f) {
        URL url = Naoru.class.getResource("/naoru/kb/steps.yaml");
        if (url == null) {
            throw new KbException(List.of(new Problem("naoru/kb", 0, 0, "no knowledge base on the classpath", "build the jar with 'mvn package' or pass --kb and --rules")));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return f.apply(new Path[]{fs.getPath("/naoru/kb"), fs.getPath("/naoru/rules")});
            }
            Path kb = Path.of(uri).getParent();
            return f.apply(new Path[]{kb, kb.getParent().resolve("rules")});
        } catch (URISyntaxException | IOException e) {
            throw new KbException(List.of(new Problem("naoru/kb", 0, 0, "cannot open the shipped knowledge base: " + e.getMessage(), "")));
        }
    }

    /**
     * Diagnoses one request. Thread-safe; never throws for any text.
     *
     * @throws RequestException when the request itself is invalid (empty or over-long text, unknown answer)
     */
    public Result diagnose(Request request) {
        return current.get().diagnose(request);
    }

    /** Diagnoses with a trace of matching and rule firing, for {@code explain}. */
    public Explanation explain(Request request) {
        return current.get().explain(request);
    }

    /** The snapshot in use: KB, rules and version. */
    public Snapshot snapshot() {
        return current.get();
    }

    /** Where this instance loads from, for reload; empty for the jar's own KB. */
    public Optional<Path> kbDir() {
        return kbDir;
    }

    public Optional<Path> rulesDir() {
        return rulesDir;
    }

    /**
     * Builds a new snapshot from the folders and swaps it in if it loads, with no further checks.
     * Servers use {@link #reload(Function)} with {@code maint.CheckSuite::gate} (tests and lint).
     */
    public ReloadOutcome reload() {
        return reload(s -> List.of());
    }

    /**
     * Builds a new snapshot from the folders, asks {@code gate} for the problems that refuse it (the
     * check suite: focused rule tests, scenarios, lint), and swaps it in only when there are none;
     * otherwise the current snapshot stays. The version covers the test files, so a changed test is checked.
     */
    public ReloadOutcome reload(Function<Snapshot, List<String>> gate) {
        if (kbDir.isEmpty() || rulesDir.isEmpty()) {
            return ReloadOutcome.failed(current.get().version(), List.of("this instance serves the KB shipped in the jar; start it with --kb and --rules to reload"));
        }
        Snapshot next;
        try {
            next = Snapshot.build(SourceFiles.read(kbDir.get(), label(kbDir.get(), "kb")), SourceFiles.read(rulesDir.get(), label(rulesDir.get(), "rules")));
        } catch (KbException e) {
            return ReloadOutcome.failed(current.get().version(), e.problems().stream().map(Problem::format).toList());
        }
        if (next.version().equals(current.get().version())) return ReloadOutcome.unchanged(next.version());
        List<String> failures = gate.apply(next);
        if (!failures.isEmpty()) return ReloadOutcome.failed(current.get().version(), failures);
        String old = current.getAndSet(next).version();
        return ReloadOutcome.swapped(old, next.version());
    }
}
