package dev.naoru.rules;

import org.drools.compiler.kie.builder.impl.AbstractKieModule;
import org.drools.compiler.kie.builder.impl.CompilationCacheProvider;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieMetaInfoBuilder;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.memorycompiler.resources.ResourceStore;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What compiling the rules produced, kept on disk per content hash so a later start skips the work:
 * the Java classes Drools generates (consequences, predicates, accessors; without them the Eclipse
 * compiler runs, about a second of CPU) and the network itself, the compiled packages serialized with
 * Drools' own streams (without it a start parses the DRL, analyses every constraint with MVEL and
 * generates the consequence invokers: about half a second on the critical path of a start). A start
 * whose DRL hashes as a stored one reads the network back and only checks the YAML rules' ids
 * against the KB; an edited rule simply hashes differently and compiles again, so nothing goes stale.
 * The hash covers every DRL text, Naoru's rule classes (which the generated code calls) and the Drools
 * and Java versions.
 *
 * <p>Off unless a directory is given: system property {@code naoru.rules.cache} or environment
 * variable {@code NAORU_RULES_CACHE} ({@code tools/naoru} sets {@code target/rules-cache}). An embedding
 * application and the tests compile as before. A cache that cannot be read or written costs only
 * the compile it would have saved.
 *
 * <p>Drools asks for a class cache through {@link CompilationCacheProvider} (registered in
 * {@code META-INF/services}); {@link #offer} hands it the one for a build by its release id.
 */
public final class CompiledRuleCache implements CompilationCacheProvider {
    private static final int MAGIC = 0x4e524331;   // "NRC1"
    private static final int MAGIC_NETWORK = 0x4e524e31;   // "NRN1"
    private static final String NETWORK = ".network";
    private static final String CLASSES = ".classes";
    private static final int KEEP = 6;              // cache files kept (several rule folders, a few edits)
    private static final Map<String, InternalKieModule.CompilationCache> OFFERED = new ConcurrentHashMap<>();

    /** The directory of the cache, when turned on. */
    public static Optional<Path> directory() {
        String d = System.getProperty("naoru.rules.cache", System.getenv("NAORU_RULES_CACHE"));
        return d == null || d.isBlank() ? Optional.empty() : Optional.of(Path.of(d));
    }

    /** Whether the cache holds anything at all (then a start skips the compiler warm-up). */
    static boolean populated() {
        return directory().map(d -> {
            try (Stream<Path> s = Files.list(d)) {
                return s.anyMatch(p -> p.toString().endsWith(CLASSES));
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The content key of one build: its DRL resources (path → text) plus code and versions. */
    static String key(Map<String, String> drl) {
        MessageDigest md = sha256();
        drl.forEach((path, text) -> {
            md.update(path.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        });
        md.update(CODE_FINGERPRINT.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    /** Offers the cached classes of {@code key} to the build of {@code rid}; true when there were any. */
    static boolean offer(ReleaseId rid, String key) {
        Optional<Path> file = directory().map(d -> d.resolve(key + CLASSES));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) return false;
        Map<String, byte[]> classes = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file.get())))) {
            if (in.readInt() != MAGIC) return false;
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
        } catch (IOException | RuntimeException e) {
            return false;   // unreadable or truncated: compile as without a cache
        }
        OFFERED.put(rid.toExternalForm(), new Classes(classes));
        return true;
    }

    /**
     * The cache Drools reads: class file → its classes. Not filled through {@code addEntry}, which
     * takes everything before the first {@code $} as the class (a rule named {@code a-b} makes a class
     * {@code Rule_a$u45$b…}): an inner class is one whose name extends another entry's by {@code $}.
     */
    private static final class Classes extends InternalKieModule.CompilationCache {
        Classes(Map<String, byte[]> byName) {
            Map<String, List<InternalKieModule.CompilationCacheEntry>> java = new java.util.HashMap<>();
            for (Map.Entry<String, byte[]> e : byName.entrySet()) {
                String name = e.getKey();
                String outer = name;
                for (String other : byName.keySet()) {   // the longest entry this one is an inner class of
                    String stem = other.substring(0, other.length() - ".class".length());
                    if (name.startsWith(stem + "$") && (outer.equals(name) || other.length() > outer.length())) outer = other;
                }
                java.computeIfAbsent(outer, k -> new ArrayList<>()).add(new InternalKieModule.CompilationCacheEntry(name, e.getValue()));
            }
            compilationCache.put("java", java);
        }
    }

    /** Forgets what was offered to {@code rid} (the build is over). */
    static void withdraw(ReleaseId rid) {
        OFFERED.remove(rid.toExternalForm());
    }

    /**
     * The network of {@code key} read back (its packages, with their generated classes, added to a new
     * KieBase), when a build of the same DRL stored it: no parsing, no MVEL analysis, no consequence
     * generation, about half a second less on a start. Anything unreadable, or a class the filter below
     * does not expect, and the caller compiles as without a cache.
     */
    static Optional<KieBase> restore(String key) {
        Optional<Path> file = directory().map(d -> d.resolve(key + NETWORK));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) return Optional.empty();
        try {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            List<KiePackage> packages = new ArrayList<>();
            try (ObjectInputStream in = new DroolsObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file.get())),
                    base.getRootClassLoader())) {
                in.setObjectInputFilter(ONLY_RULE_CLASSES);
                if (in.readInt() != MAGIC_NETWORK) throw new IOException("not a network of this format");
                int n = in.readInt();
                for (int i = 0; i < n; i++) packages.add((KiePackage) in.readObject());
            }
            base.addPackages(packages);
            return Optional.of(base);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            try {
                Files.deleteIfExists(file.get());   // so the compile that follows stores a good one
            } catch (IOException ignored) {
                // left for the next start to try again
            }
            return Optional.empty();
        }
    }

    /**
     * What a stored network may hold: Java's own classes, Drools', MVEL's (constraints), Naoru's and the
     * rules' generated ones. The file is ours (written below, under a directory the operator chose), the
     * filter is a second lock: a tampered file cannot name any other class.
     */
    private static final java.io.ObjectInputFilter ONLY_RULE_CLASSES = java.io.ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.base/*;org.drools.**;org.kie.**;org.mvel2.**;dev.naoru.**;naoru.rules.**;!*");

    /**
     * Stores what a fresh compile made under {@code key}: its generated classes when {@code classes} (a build
     * the class cache did not serve) and its network when not stored yet. Quietly does nothing on failure.
     */
    static void store(String key, KieBase base, boolean classes) {
        Optional<Path> dir = directory();
        if (dir.isEmpty()) return;
        if (classes) storeClasses(dir.get(), key, base);
        if (!Files.isRegularFile(dir.get().resolve(key + NETWORK))) storeNetwork(dir.get(), key, base);
    }

    private static void storeNetwork(Path dir, String key, KieBase base) {
        try {
            write(dir, key, NETWORK, raw -> {
                ObjectOutputStream out = new DroolsObjectOutputStream(raw);
                out.writeInt(MAGIC_NETWORK);
                out.writeInt(base.getKiePackages().size());
                for (KiePackage p : base.getKiePackages()) out.writeObject(p);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // a read-only target/ (or a package Drools cannot write) only costs the next start its compile
        }
    }

    private static void storeClasses(Path dir, String key, KieBase base) {
        Map<String, byte[]> classes = new TreeMap<>();
        for (KiePackage p : base.getKiePackages()) {
            if (!(p instanceof InternalKnowledgePackage pkg)) return;
            if (pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data) {
                classes.putAll(data.getStore());
            }
        }
        if (classes.isEmpty()) return;
        try {
            write(dir, key, CLASSES, raw -> {
                DataOutputStream out = new DataOutputStream(raw);
                out.writeInt(MAGIC);
                out.writeInt(classes.size());
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    out.write(e.getValue());
                }
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // a read-only target/ only costs the next start its compile
        }
    }

    /** What one cache file holds, written to the stream a store opens. */
    private interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code key + suffix} under {@code dir} through a temporary file (no reader sees half a file), then prunes. */
    private static void write(Path dir, String key, String suffix, Contents contents) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, key, ".tmp");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
            contents.writeTo(out);
        }
        move(tmp, dir.resolve(key + suffix));
        prune(dir, suffix);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the newest {@link #KEEP} cache files ending in {@code suffix}. */
    private static void prune(Path dir, String suffix) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(suffix))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(KEEP, files.size()), files.size())) Files.deleteIfExists(old);
    }

    @Override
    public InternalKieModule.CompilationCache getCompilationCache(AbstractKieModule module,
            Map<String, InternalKieModule.CompilationCache> perKieBase, String kieBaseName) {
        return module.getReleaseId() == null ? null : OFFERED.get(module.getReleaseId().toExternalForm());
    }

    @Override
    public void writeKieModuleMetaInfo(InternalKieModule module, ResourceStore target) {
        new KieMetaInfoBuilder(module).writeKieModuleMetaInfo(target);   // what Drools' default provider does
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Naoru's rule classes (the generated code calls them), Drools' version and the JVM's. */
    private static final String CODE_FINGERPRINT = fingerprint();

    private static String fingerprint() {
        MessageDigest md = sha256();
        md.update((String.valueOf(KieBase.class.getPackage().getImplementationVersion()) + "|"
                + org.drools.compiler.builder.impl.KnowledgeBuilderImpl.class.getPackage().getImplementationVersion() + "|"
                + Runtime.version()).getBytes(StandardCharsets.UTF_8));
        try {
            Path where = Path.of(CompiledRuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String prefix = "dev/naoru/rules/";
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.list(where.resolve(prefix))) {
                    for (Path p : s.sorted().toList()) {
                        md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<java.util.jar.JarEntry> entries = jar.stream().filter(e -> e.getName().startsWith(prefix))
                            .sorted(Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
                    for (var e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            md.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));   // unknown code: never reuse
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
