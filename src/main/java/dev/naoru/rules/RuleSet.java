package dev.naoru.rules;

import dev.naoru.kb.KbException;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.kb.SourceRef;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The compiled rules: {@code rules/*.drl} as written plus {@code rules/*.yaml} turned into DRL, in one
 * KieBase built once per snapshot. A KieBase is thread-safe; each request opens a light session.
 */
public final class RuleSet {
    private static final String RESOURCE_DIR = "src/main/resources/naoru/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase kieBase;
    /**
     * Sessions for requests without a trace: reset and reused instead of built per request (building one
     * cost about a quarter of a rules run), and not thread-safe, since one request uses one on one thread.
     */
    private final KieSessionsPool pool;
    private final List<RuleInfo> rules;
    private final Map<String, String> generatedDrl;
    /** The effect types (steps, asks…) no rule reads: requests collect them instead of inserting them. */
    private final java.util.Set<Class<?>> unreadEffects;
    /** Outcomes by the facts they came from: most requests repeat a fact set another wording produced. */
    private final OutcomeMemo<List<Object>, RuleOutcome> memo = new OutcomeMemo<>(memoCapacity());
    /** Whether the network was read back from {@link CompiledRuleCache} rather than compiled from the DRL. */
    private final boolean restored;

    private RuleSet(KieBase kieBase, List<RuleInfo> rules, Map<String, String> generatedDrl, boolean restored) {
        this.kieBase = kieBase;
        this.restored = restored;
        this.unreadEffects = RuleOutputs.unread(kieBase);
        this.pool = kieBase.newKieSessionsPool(POOL_SIZE);
        this.rules = List.copyOf(rules);
        this.generatedDrl = java.util.Collections.unmodifiableMap(new TreeMap<>(generatedDrl));
    }

    /** A generated resource and the YAML rule behind each of its line ranges. */
    private record Generated(String yamlPath, List<int[]> ranges, List<YamlRule> rules) {
        SourceRef locate(int line) {
            for (int i = 0; i < ranges.size(); i++) {
                if (line >= ranges.get(i)[0] && line <= ranges.get(i)[1]) return rules.get(i).where();
            }
            return SourceRef.of(yamlPath);
        }
    }

    /** @throws KbException with every YAML and DRL problem, located in the maintainer's file */
    public static RuleSet compile(SourceFiles src, KnowledgeBase kb) {
        return compile(src, () -> kb);
    }

    /**
     * Compiles while the KB may still be loading: the YAML rules are read for their shape, the network built,
     * and only then are their ids checked against the KB {@code kb} supplies (it may block until it is
     * loaded). The problems, and their order, are those of {@link #compile(SourceFiles, KnowledgeBase)}.
     *
     * @throws KbException with every YAML and DRL problem, located in the maintainer's file
     * @throws RuntimeException whatever {@code kb} throws when the KB does not load
     */
    public static RuleSet compile(SourceFiles src, java.util.function.Supplier<KnowledgeBase> kb) {
        // YAML problems do not stop the build: the DRL's own problems are reported in the same run.
        YamlRuleLoader.Parsed parsed = YamlRuleLoader.Parsed.of(src);
        Map<String, List<YamlRule>> yaml = YamlRuleLoader.loadUnchecked(src, parsed, new ArrayList<>());
        List<Problem> problems = new ArrayList<>();

        List<RuleInfo> infos = new ArrayList<>();
        Map<String, String> resources = new java.util.LinkedHashMap<>();   // in write order; its hash keys the class cache
        Map<String, Generated> generated = new TreeMap<>();
        Map<String, String> generatedDrl = new TreeMap<>();
        yaml.forEach((file, rules) -> {
            StringBuilder drl = new StringBuilder(DrlGenerator.header(src.path(file)));
            List<int[]> ranges = new ArrayList<>();
            for (YamlRule r : rules) {
                int start = lines(drl) + 1;
                drl.append(DrlGenerator.rule(r));
                ranges.add(new int[]{start, lines(drl)});
                infos.add(new RuleInfo(r.name(), "yaml", r.where()));
            }
            String resource = file + ".drl";
            generated.put(resource, new Generated(src.path(file), ranges, rules));
            generatedDrl.put(src.path(file), drl.toString());
            resources.put(RESOURCE_DIR + resource, drl.toString());
        });
        src.files().forEach((file, text) -> {
            if (file.endsWith(".drl")) resources.put(RESOURCE_DIR + file, text);
        });
        String cacheKey = CompiledRuleCache.key(resources);
        // The same DRL compiled before (with the same code and versions): its network, read back, has no DRL errors.
        java.util.Optional<KieBase> restored = CompiledRuleCache.restore(cacheKey);
        if (restored.isPresent()) {
            YamlRuleLoader.load(src, parsed, kb.get(), problems);
            if (!problems.isEmpty()) throw new KbException(problems);
            return finish(restored.get(), infos, src, generatedDrl, true);
        }

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("dev.naoru", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(rid);
        resources.forEach(kfs::write);
        boolean cached = CompiledRuleCache.offer(rid, cacheKey);
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll();
        } finally {
            CompiledRuleCache.withdraw(rid);
        }
        // The rules do not depend on the KB, only their check does: it runs once the KB is there.
        KnowledgeBase known;
        try {
            known = kb.get();
        } catch (RuntimeException e) {
            ks.getRepository().removeKieModule(rid);
            throw e;
        }
        YamlRuleLoader.load(src, parsed, known, problems);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            String path = m.getPath() == null ? "" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            // Drools adds this after any parse error of the file; the parse error says what is wrong.
            if (m.getText().startsWith("Parser returned a null Package") && errors.size() > 1) continue;
            Generated g = generated.get(path);
            String text = m.getText().lines().findFirst().orElse(m.getText());
            if (g != null) {
                problems.add(Problem.at(g.locate(m.getLine()), "rule does not compile: " + text, "check the ids and values of this rule"));
            } else {
                problems.add(new Problem(path.isEmpty() ? src.label() : src.path(path), Math.max(0, m.getLine()),
                        Math.max(0, m.getColumn()), "DRL error: " + text, "see the Drools rule language reference"));
            }
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(rid);
            throw new KbException(problems);
        }
        KieContainer container = ks.newKieContainer(rid);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(rid);
        CompiledRuleCache.store(cacheKey, base, !cached);
        return finish(base, infos, src, generatedDrl, false);
    }

    private static RuleSet finish(KieBase base, List<RuleInfo> infos, SourceFiles src, Map<String, String> generatedDrl, boolean restored) {
        for (var pkg : base.getKiePackages()) {
            for (var rule : pkg.getRules()) {
                if (infos.stream().noneMatch(i -> i.name().equals(rule.getName()))) {
                    infos.add(new RuleInfo(rule.getName(), "drl", drlLocation(src, rule)));
                }
            }
        }
        return new RuleSet(base, infos, generatedDrl, restored);
    }

    private static SourceRef drlLocation(SourceFiles src, org.kie.api.definition.rule.Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return new SourceRef(src.path(file), ruleLine(src.files().get(file), rule.getName()), 0);
        }
        return SourceRef.of(src.label());
    }

    /** The line a DRL rule starts on, from Drools' own parser (0 when it cannot tell). */
    private static int ruleLine(String drl, String name) {
        if (drl == null) return 0;
        try {
            org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser(
                    org.kie.internal.builder.conf.LanguageLevelOption.DRL6);
            org.drools.drl.ast.descr.PackageDescr pkg = parser.parse(false, drl);
            if (pkg == null) return 0;
            return pkg.getRules().stream().filter(r -> r.getName().equals(name)).mapToInt(r -> Math.max(0, r.getLine())).findFirst().orElse(0);
        } catch (org.drools.drl.parser.DroolsParserException e) {
            return 0;
        }
    }

    private static int lines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /**
     * Starts, once per JVM and on a background thread, a compile of a one-rule DRL: it loads and
     * warms the Drools and Java-compiler classes while the caller reads the KB, so the real compile,
     * which needs the KB, starts on warm classes. Start-up only; nothing depends on it.
     */
    public static void warmUpOnce() {
        if (!WARMED.compareAndSet(false, true)) return;
        if (CompiledRuleCache.populated()) return;   // the compiler will likely not run: loading it would cost, not save
        Thread t = new Thread(() -> {
            try {
                KieServices ks = KieServices.Factory.get();
                KieFileSystem kfs = ks.newKieFileSystem();
                ReleaseId rid = ks.newReleaseId("dev.naoru", "warm-up", "1.0.0");
                kfs.generateAndWritePomXML(rid);
                kfs.write(RESOURCE_DIR + "warmup.drl", WARM_UP_DRL);
                ks.newKieBuilder(kfs).buildAll();
                ks.getRepository().removeKieModule(rid);
            } catch (RuntimeException | LinkageError e) {
                // A warm-up that fails costs nothing but the time it saved.
            }
        }, "naoru-rules-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();
    /** Shaped like the DRL that {@link DrlGenerator} writes, so it loads the same classes. */
    private static final String WARM_UP_DRL = """
            package naoru.rules;
            import dev.naoru.rules.*;
            rule "warm-up"
            when
                $c0 : ContextFact( id == "x", negated == false )
                not DeviceFact( id in ("outlook", "android") )
            then
                Emit.step(drools, "y", 1, $c0);
            end
            """;


    /** A new session for one request; the caller disposes it. Fresh, so a listener added to it goes with it. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /**
     * A reset session from the pool for one request on one thread, with no listener; {@code dispose()}
     * gives it back (the pool keeps at most {@link #POOL_SIZE} idle ones, more are built when threads need them).
     */
    public KieSession pooledSession() {
        return pool.newKieSession(SESSION_CONF);
    }

    /** Idle sessions the pool keeps: enough for the request threads of a small server. */
    private static final int POOL_SIZE = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    private static final KieSessionConfiguration SESSION_CONF = sessionConf();

    private static KieSessionConfiguration sessionConf() {
        KieSessionConfiguration c = KieServices.Factory.get().newKieSessionConfiguration();
        // One request's session is used by one thread: no locks around every insert and fire.
        c.setOption(ThreadSafeOption.NO);
        return c;
    }

    /**
     * Fact sets remembered per generation (two generations; an outcome holds a few KB, so ~10 MB at most).
     * {@code -Dnaoru.rules.memo=0} turns the memo off (benchmarks of the bare rules, or DRL that is not a
     * function of its facts alone).
     */
    private static final int MEMO_CAPACITY = 2048;

    /** The memo capacity a generation: {@code -Dnaoru.rules.memo}, else the default (also the plan stage's memo). */
    public static int memoCapacity() {
        int c = Integer.getInteger("naoru.rules.memo", MEMO_CAPACITY);
        if (c < 0) throw new IllegalArgumentException("-Dnaoru.rules.memo must be 0 (off) or more, got " + c);
        return c;
    }

    OutcomeMemo<List<Object>, RuleOutcome> memo() {
        return memo;
    }

    /** How often requests on this rule set found their facts' outcome remembered, since it was built. */
    public MemoStats memoStats() {
        return new MemoStats(memo.hits(), memo.misses());
    }

    /** Rule runs answered from the memo ({@code hits}) and run in a session ({@code misses}); traces not counted. */
    public record MemoStats(long hits, long misses) {
        public double hitRate() {
            return hits + misses == 0 ? 0 : (double) hits / (hits + misses);
        }
    }

    /** The effect types no rule's conditions read ({@link RuleOutputs}). */
    java.util.Set<Class<?>> unreadEffects() {
        return unreadEffects;
    }

    /** Whether the network was read back from the rules cache instead of compiled (tests, start-up figures). */
    boolean restored() {
        return restored;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** The DRL each YAML file compiles to, by display path: shown by {@code validate --show-drl}. */
    public Map<String, String> generatedDrl() {
        return generatedDrl;
    }
}
