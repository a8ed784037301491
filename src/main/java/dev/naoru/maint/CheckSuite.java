package dev.naoru.maint;

import dev.naoru.api.Snapshot;
import dev.naoru.kb.KbException;
import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.rules.YamlRule;
import dev.naoru.rules.YamlRuleLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one set of checks behind {@code tools/naoru validate}, {@code tools/naoru test}, every reload
 * ({@code serve --watch}, the admin route) and {@code mvn verify}: schema and ids (the load itself), the
 * focused rule tests of {@code rules/tests/focus.yaml} and a focused test for every rule, the scenario
 * files of {@code kb/tests/}, and the lint ({@link PhrasingLint}, {@link RuleLint}, {@link DrlLint}).
 * What CI refuses, the maintainer's tools refuse first, each problem as {@code path:line:col: message (hint)}.
 */
public final class CheckSuite {
    private CheckSuite() {
    }

    /**
     * @param errors   any one refuses the KB (validate and test exit 1, a reload keeps the old version)
     * @param warnings worth fixing, never refusing
     * @param counts   what was checked, for the summary line
     */
    public record Report(List<Problem> errors, List<Problem> warnings, List<String> notes, Map<String, Integer> counts,
                         Optional<Snapshot> snapshot) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Loads the folders with every schema problem collected, then runs {@link #check} on the result. */
    public static Report run(Path kbDir, Path rulesDir, String kbLabel, String rulesLabel) {
        return run(kbDir, rulesDir, kbLabel, rulesLabel, true);
    }

    /** @param withScenarios also run the scenarios of {@code kb/tests} ({@code test} runs and prints them itself) */
    public static Report run(Path kbDir, Path rulesDir, String kbLabel, String rulesLabel, boolean withScenarios) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Snapshot snap;
        try {
            snap = Snapshot.build(SourceFiles.read(kbDir, kbLabel), SourceFiles.read(rulesDir, rulesLabel));
        } catch (KbException e) {
            // the load collects every schema and id problem of the KB, then of the rules
            errors.addAll(e.problems());
            return new Report(errors, warnings, List.of(), new LinkedHashMap<>(), Optional.empty());
        }
        Validator.Report v = Validator.summarize(snap);
        Map<String, Integer> counts = new LinkedHashMap<>(v.counts());
        check(snap, errors, warnings, counts, withScenarios);
        return new Report(errors, warnings, v.notes(), counts, Optional.of(snap));
    }

    /** For a reload: the errors that refuse this snapshot, formatted; empty lets it go live. */
    public static List<String> gate(Snapshot next) {
        List<Problem> errors = new ArrayList<>();
        check(next, errors, new ArrayList<>(), new LinkedHashMap<>(), true);
        return errors.stream().map(Problem::format).toList();
    }

    /** Every check that needs a built snapshot; the tests travel with it in its source files. */
    public static void check(Snapshot snap, List<Problem> errors, List<Problem> warnings, Map<String, Integer> counts,
                             boolean withScenarios) {
        SourceFiles kbFiles = snap.kbFiles();
        SourceFiles ruleFiles = snap.ruleFiles();
        RuleLint.subfolders(kbFiles, warnings);
        RuleLint.subfolders(ruleFiles, warnings);
        PhrasingLint.check(snap, errors, warnings);
        Map<String, List<YamlRule>> yaml = YamlRuleLoader.loadOrThrow(ruleFiles, snap.kb());
        RuleLint.check(yaml, errors, warnings);
        DrlLint.check(snap.kb(), ruleFiles, errors);
        focus(snap, errors, counts);
        if (withScenarios) scenarios(snap, errors, counts);
    }

    private static void focus(Snapshot snap, List<Problem> errors, Map<String, Integer> counts) {
        SourceFiles ruleFiles = snap.ruleFiles();
        String shown = ruleFiles.path(FocusTests.FILE);
        String text = ruleFiles.tests().get(FocusTests.FILE);
        if (text == null) {
            errors.add(new Problem(shown, 0, 0, "file missing", "every rule needs a focused test in " + shown));
            return;
        }
        try {
            List<FocusTests.Entry> entries = FocusTests.parse(shown, text);
            counts.put("focused rule tests", entries.size());
            errors.addAll(FocusTests.check(snap.rules(), entries, shown));
        } catch (KbException e) {
            errors.addAll(e.problems());
        }
    }

    private static void scenarios(Snapshot snap, List<Problem> errors, Map<String, Integer> counts) {
        int n = 0;
        for (Map.Entry<String, String> f : snap.kbFiles().tests().entrySet()) {
            String rel = f.getKey();
            if (rel.chars().filter(c -> c == '/').count() != 1 || !(rel.endsWith(".yaml") || rel.endsWith(".yml"))) continue;
            try {
                List<Scenario> cases = ScenarioFile.parse(snap.kbFiles().path(rel), f.getValue());
                n += cases.size();
                for (ScenarioRunner.Outcome o : ScenarioRunner.run(snap, cases)) {
                    if (!o.passed()) {
                        errors.add(Problem.at(o.scenario().where(), "scenario " + o.scenario().id() + " fails: "
                                + String.join("; ", o.failures()), "tools/naoru explain \"" + o.scenario().request().text() + "\""));
                    }
                }
            } catch (KbException e) {
                errors.addAll(e.problems());
            }
        }
        counts.put("scenarios", n);
    }
}
