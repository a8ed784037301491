package dev.naoru.maint;

import dev.naoru.kb.Problem;
import dev.naoru.kb.SourceFiles;
import dev.naoru.kb.SourceRef;
import dev.naoru.rules.YamlRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule checks beyond the schema: a {@code when} that can never hold (contradictory conditions),
 * priorities outside the documented bands, files in subfolders that are never loaded.
 */
final class RuleLint {
    /** The documented priority bands: 100 first … 10 last within a stage. */
    static final int MIN_PRIORITY = 10;
    static final int MAX_PRIORITY = 100;

    private RuleLint() {
    }

    static void check(Map<String, List<YamlRule>> rules, List<Problem> errors, List<Problem> warnings) {
        for (List<YamlRule> rs : rules.values()) {
            for (YamlRule r : rs) {
                YamlRule.When w = r.when();
                never(r, errors, "device_in", w.deviceIn(), "device_not_in", w.deviceNotIn());
                never(r, errors, "contexts", w.contexts(), "contexts_absent", w.contextsAbsent());
                never(r, errors, "contexts", w.contexts(), "contexts_denied", w.contextsDenied());
                never(r, errors, "causes", w.causes(), "causes_absent", w.causesAbsent());
                if (!w.contextsAny().isEmpty() && w.contextsAbsent().containsAll(w.contextsAny())) {
                    errors.add(at(r, "rule '" + r.name() + "' can never fire: every context of contexts_any is in contexts_absent", "drop one of them"));
                }
                if (w.symptomsNone() && (!w.symptomsAny().isEmpty() || !w.symptomsAll().isEmpty())) {
                    errors.add(at(r, "rule '" + r.name() + "' can never fire: symptoms_none with symptoms_any/symptoms_all", "drop one of them"));
                }
                if (w.deviceUnknown() && !w.deviceIn().isEmpty()) {
                    errors.add(at(r, "rule '" + r.name() + "' can never fire: device_unknown with device_in", "drop one of them"));
                }
                r.then().steps().forEach((step, prio) -> band(r, step, prio, warnings));
                r.then().priorityFor().forEach((device, steps) -> steps.forEach((step, prio) -> band(r, step, prio, warnings)));
            }
        }
    }

    private static void band(YamlRule r, String step, int prio, List<Problem> warnings) {
        if (prio < MIN_PRIORITY || prio > MAX_PRIORITY) {
            warnings.add(at(r, "warning: rule '" + r.name() + "' gives '" + step + "' priority " + prio
                    + ", outside the documented bands " + MIN_PRIORITY + "–" + MAX_PRIORITY, "see 'How a plan is ordered' in the README"));
        }
    }

    private static void never(YamlRule r, List<Problem> errors, String a, List<String> as, String b, List<String> bs) {
        List<String> both = new ArrayList<>(as);
        both.retainAll(bs);
        if (!both.isEmpty()) {
            errors.add(at(r, "rule '" + r.name() + "' can never fire: " + both + " is in both " + a + " and " + b,
                    "a fact cannot be both; drop it from one of them"));
        }
    }

    private static Problem at(YamlRule r, String message, String hint) {
        return Problem.at(r.where(), message, hint);
    }

    /** Files in a subfolder are never loaded: say so instead of ignoring them. */
    static void subfolders(SourceFiles files, List<Problem> warnings) {
        for (String rel : files.subfolders()) {
            warnings.add(Problem.at(SourceRef.of(files.path(rel)), "warning: file in a subfolder is not loaded",
                    "move it to " + files.label() + "/ itself (only tests/ may have subfolder files)"));
        }
    }
}
