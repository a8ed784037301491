package dev.naoru.maint;

import dev.naoru.kb.Contract;
import dev.naoru.kb.KbException;
import dev.naoru.kb.KbLoader;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.kb.Step;
import dev.naoru.match.FactMatcher;
import dev.naoru.rules.RuleSet;
import dev.naoru.rules.YamlRule;
import dev.naoru.rules.YamlRuleLoader;
import dev.naoru.text.TextAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a KB and rules the way a load would, but collects every problem instead of stopping,
 * and reports what the rules use of the contract.
 */
public final class Validator {
    private Validator() {
    }

    /**
     * @param problems errors: any one makes {@code validate} exit 1
     * @param notes    worth knowing, not errors (unused contract ids, default instructions used)
     * @param counts   what was loaded, for the summary line
     */
    public record Report(List<Problem> problems, List<String> notes, Map<String, Integer> counts) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Report validate(Path kbDir, Path rulesDir, String kbLabel, String rulesLabel) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        SourceFiles kbFiles;
        SourceFiles ruleFiles;
        try {
            kbFiles = SourceFiles.read(kbDir, kbLabel);
            ruleFiles = SourceFiles.read(rulesDir, rulesLabel);
        } catch (KbException e) {
            return new Report(e.problems(), notes, counts);
        }
        KnowledgeBase kb;
        try {
            kb = KbLoader.load(kbFiles);
        } catch (KbException e) {
            problems.addAll(e.problems());
            return new Report(problems, notes, counts);
        }
        kbCounts(kb, counts);
        try {
            new FactMatcher(kb, TextAnalyzer.build(kb));
        } catch (KbException e) {
            problems.addAll(e.problems());
        }
        try {
            RuleSet rules = RuleSet.compile(ruleFiles, kb);
            ruleCounts(rules, counts);
            usage(kb, ruleFiles, notes);
        } catch (KbException e) {
            problems.addAll(e.problems());
        }
        return new Report(problems, notes, counts);
    }

    /** Counts and usage notes of a snapshot that loaded (the check suite builds it once). */
    public static Report summarize(dev.naoru.api.Snapshot snap) {
        KnowledgeBase kb = snap.kb();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        kbCounts(kb, counts);
        ruleCounts(snap.rules(), counts);
        usage(kb, snap.ruleFiles(), notes);
        return new Report(List.of(), notes, counts);
    }

    /** What the KB holds, in the order `validate` prints it. */
    private static void kbCounts(KnowledgeBase kb, Map<String, Integer> counts) {
        counts.put("devices", kb.devices().size());
        counts.put("symptoms", kb.symptoms().size());
        counts.put("contexts", kb.contexts().size());
        counts.put("dialogs", kb.dialogs().dialogs().size());
        counts.put("phrasings", kb.allFacts().stream().mapToInt(f -> f.phrasings().size()).sum());
        counts.put("steps", kb.steps().size());
        counts.put("causes", kb.causes().size());
        counts.put("questions", kb.questions().size());
        counts.put("synonyms", kb.synonyms().size());
        counts.put("dictionary entries", kb.userDictionary().size());
    }

    private static void ruleCounts(RuleSet rules, Map<String, Integer> counts) {
        counts.put("yaml rules", (int) rules.rules().stream().filter(r -> r.kind().equals("yaml")).count());
        counts.put("drl rules", (int) rules.rules().stream().filter(r -> r.kind().equals("drl")).count());
    }

    /** Which contract steps and causes no rule can emit, and rule steps that fall back to default text. */
    private static void usage(KnowledgeBase kb, SourceFiles ruleFiles, List<String> notes) {
        Map<String, List<YamlRule>> yaml = YamlRuleLoader.loadOrThrow(ruleFiles, kb);
        StringBuilder drl = new StringBuilder();
        ruleFiles.files().forEach((n, t) -> {
            if (n.endsWith(".drl")) drl.append(t);
        });
        TreeSet<String> unusedSteps = new TreeSet<>();
        for (String s : Contract.STEPS) {
            boolean used = yaml.values().stream().flatMap(List::stream).anyMatch(r -> r.then().steps().containsKey(s))
                    || drl.indexOf("\"" + s + "\"") >= 0;
            if (!used) unusedSteps.add(s);
        }
        TreeSet<String> unusedCauses = new TreeSet<>();
        for (String c : Contract.CAUSES) {
            boolean used = yaml.values().stream().flatMap(List::stream).anyMatch(r -> r.then().causes().containsKey(c))
                    || drl.indexOf("\"" + c + "\"") >= 0;
            if (!used) unusedCauses.add(c);
        }
        notes.add(unusedSteps.isEmpty() ? "every contract step is used by a rule (" + Contract.STEPS.size() + ")"
                : "contract steps no rule emits: " + String.join(", ", unusedSteps));
        notes.add(unusedCauses.isEmpty() ? "every contract cause is derived by a rule (" + Contract.CAUSES.size() + ")"
                : "contract causes no rule derives: " + String.join(", ", unusedCauses));
        for (List<YamlRule> rules : yaml.values()) {
            for (YamlRule r : rules) {
                for (String device : r.when().deviceIn()) {
                    for (String stepId : r.then().steps().keySet()) {
                        Step step = kb.stepsById().get(stepId);
                        if (step != null && !step.instructions().containsKey(device)) {
                            notes.add(r.where() + ": rule '" + r.name() + "' emits '" + stepId + "' for " + device
                                    + ", which has no " + device + " instructions (the default text is shown)");
                        }
                    }
                }
            }
        }
    }
}
