package dev.naoru.api;

import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.SourceFiles;
import dev.naoru.match.FactMatcher;
import dev.naoru.rules.RuleSet;
import dev.naoru.text.TextAnalyzer;

/**
 * Everything a request needs, built once and never changed: KB, analyzer, Lucene index, KieBase.
 * A reload builds a new snapshot and swaps it in atomically; requests in flight keep theirs.
 *
 * @param version content hash of the KB and rule files
 */
public record Snapshot(KnowledgeBase kb, TextAnalyzer analyzer, FactMatcher matcher, RuleSet rules, String version,
                       SourceFiles kbFiles, SourceFiles ruleFiles) {

    /** @throws dev.naoru.kb.KbException listing every problem of the KB or the rules */
    public static Snapshot build(SourceFiles kbFiles, SourceFiles ruleFiles) {
        KnowledgeBase kb = KbLoader.load(kbFiles);
        TextAnalyzer analyzer = TextAnalyzer.build(kb);
        FactMatcher matcher = new FactMatcher(kb, analyzer);
        RuleSet rules = RuleSet.compile(ruleFiles, kb);
        return new Snapshot(kb, analyzer, matcher, rules, SourceFiles.version(kbFiles, ruleFiles), kbFiles, ruleFiles);
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
