package dev.naoru.api;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import dev.naoru.match.FactMatcher;
import dev.naoru.rules.RuleSet;
import dev.naoru.text.DictionaryPreload;
import dev.naoru.text.TextAnalyzer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Everything a request needs, built once and never changed: KB, analyzer, Lucene index, KieBase.
 * A reload builds a new snapshot and swaps it in atomically; requests in flight keep theirs.
 *
 * @param version content hash of the KB and rule files
 * @param texts   the KB's texts that results carry, encoded once for the JSON writers ({@link KbTexts})
 * @param plans   what the plan stage built from remembered rules outcomes (starts empty)
 */
public record Snapshot(KnowledgeBase kb, TextAnalyzer analyzer, FactMatcher matcher, RuleSet rules, String version,
                       SourceFiles kbFiles, SourceFiles ruleFiles, KbTexts texts, PlanMemo plans) {

    /**
     * Builds a snapshot. The rules compile (Drools, the longest stage of a start) on their own thread from
     * the start, while this one reads the KB and builds the analyzer and the Lucene index; the rules wait
     * for the KB only to check their ids. Problems are reported as before: the KB's alone when it does not
     * load, else the analyzer's first, then the rules'.
     *
     * @throws dev.naoru.kb.KbException listing every problem of the KB or the rules
     */
    public static Snapshot build(SourceFiles kbFiles, SourceFiles ruleFiles) {
        RuleSet.warmUpOnce();
        DictionaryPreload.start();   // Kuromoji's dictionaries load while the YAML is read
        // The rules compile from the start; they wait for the KB only to check their ids against it.
        CompletableFuture<KnowledgeBase> kbLoaded = new CompletableFuture<>();
        CompletableFuture<RuleSet> rules = CompletableFuture.supplyAsync(() -> RuleSet.compile(ruleFiles, kbLoaded::join), Snapshot::daemon);
        KnowledgeBase kb;
        try {
            kb = KbLoader.load(kbFiles);
        } catch (RuntimeException | Error e) {
            kbLoaded.completeExceptionally(e);   // the rules thread stops waiting, and its failure is not reported
            rules.exceptionally(x -> null).join();
            throw e;
        }
        kbLoaded.complete(kb);
        TextAnalyzer analyzer;
        FactMatcher matcher;
        try {
            analyzer = TextAnalyzer.build(kb);
            matcher = new FactMatcher(kb, analyzer);
        } catch (RuntimeException e) {
            rules.exceptionally(x -> null).join();
            throw e;
        }
        return new Snapshot(kb, analyzer, matcher, join(rules), SourceFiles.version(kbFiles, ruleFiles), kbFiles, ruleFiles,
                KbTexts.of(kb), new PlanMemo());
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "naoru-rules-compile");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Diagnoses on this snapshot (what {@link Naoru#diagnose} does on the current one). */
    public Result diagnose(Request request) {
        return Diagnoser.diagnose(this, request, false).result();
    }

    /** Diagnoses with a trace of matching and rule firing. */
    public Explanation explain(Request request) {
        return Explanation.of(this, Diagnoser.diagnose(this, request, true));
    }
}
