package dev.naoru.maint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.api.Explanation;
import dev.naoru.api.Json;
import dev.naoru.api.RequestException;
import dev.naoru.api.Snapshot;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Phrasing;
import dev.naoru.kb.Step;
import dev.naoru.kb.Synonym;
import dev.naoru.kb.UserDictEntry;
import dev.naoru.match.FactMatch;
import dev.naoru.rules.FiredRule;
import dev.naoru.rules.RuleInfo;
import dev.naoru.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a set of scenarios exercises, and so what it leaves unexercised: rules that never fire, phrasings
 * that are never the matching one, synonyms and dictionary entries never used, steps never offered per
 * device. How a maintainer prunes, and how a reviewer sees what a change touched.
 *
 * @param cases          how many scenarios (and focused tests) were run
 * @param rulesNeverFired rule name → where it is written
 * @param rulesOnlyFocused rules that fire only in their focused test, never on a scenario
 * @param phrasingsUnused fact id → its phrasings that never matched (with where)
 * @param synonymsUnused  canonical → where, for synonyms none of whose variants was used
 * @param dictUnused      surface → where, for dictionary entries whose surface never appeared
 * @param stepsNeverOffered device (or "unknown") → step ids never in a plan for it
 */
public record Coverage(int cases, Map<String, String> rulesNeverFired, Map<String, String> rulesOnlyFocused,
                       Map<String, List<String>> phrasingsUnused,
                       int phrasingsTotal, Map<String, String> synonymsUnused, Map<String, String> dictUnused,
                       Map<String, List<String>> stepsNeverOffered) {

    public static Coverage of(Snapshot snap, List<Scenario> scenarios, List<FocusTests.Entry> focus) {
        KnowledgeBase kb = snap.kb();
        Set<String> fired = new HashSet<>();
        Set<Phrasing> used = new HashSet<>();
        Set<String> texts = new HashSet<>();
        Set<String> evidence = new HashSet<>();
        Map<String, Set<String>> offered = new TreeMap<>();
        for (Scenario s : scenarios) {
            Explanation e;
            try {
                e = snap.explain(s.request());
            } catch (RequestException ex) {
                continue;
            }
            e.fired().stream().map(FiredRule::name).forEach(fired::add);
            Stream.of(e.match().symptoms(), e.match().contexts(), e.match().topics(), e.match().services(), e.match().offtopics())
                    .flatMap(List::stream).forEach(m -> {
                        used.add(m.phrasing());
                        m.evidence().forEach(w -> evidence.add(flat(w)));
                    });
            texts.add(flat(s.request().text()));
            String device = e.result().device().map(DeviceId::id).orElse("unknown");
            offered.computeIfAbsent(device, k -> new TreeSet<>()).addAll(e.result().stepIds());
        }
        Set<String> onScenarios = new HashSet<>(fired);
        for (FocusTests.Entry f : focus) {
            dev.naoru.rules.RuleRunner.run(snap.rules(), f.given(), true).fired().stream().map(FiredRule::name).forEach(fired::add);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, String> onlyFocused = new LinkedHashMap<>();
        for (RuleInfo r : snap.rules().rules()) {
            if (!fired.contains(r.name())) rules.put(r.name(), r.where().toString());
            else if (!onScenarios.contains(r.name()) && !scenarios.isEmpty()) onlyFocused.put(r.name(), r.where().toString());
        }
        Map<String, List<String>> phrasings = new LinkedHashMap<>();
        int total = 0;
        for (Fact f : Stream.of(kb.symptoms(), kb.contexts()).flatMap(List::stream).toList()) {
            total += f.phrasings().size();
            List<String> unused = f.phrasings().stream().filter(p -> !used.contains(p)).map(p -> "「" + p.text() + "」 " + p.where()).toList();
            if (!unused.isEmpty()) phrasings.put(f.id(), unused);
        }
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (Synonym s : kb.synonyms()) {
            // used when a matched word of some scenario is one of its variants (the rewrite made the match)
            boolean any = s.variants().stream().map(Coverage::flat).anyMatch(v -> evidence.contains(v) || evidence.stream().anyMatch(w -> w.startsWith(v) && v.length() > 1));
            if (!any) synonyms.put(s.canonical(), s.where().toString());
        }
        Map<String, String> dict = new LinkedHashMap<>();
        for (UserDictEntry d : kb.userDictionary()) {
            String surface = flat(d.surface());
            if (texts.stream().noneMatch(t -> t.contains(surface))) dict.put(d.surface(), d.where().toString());
        }
        Map<String, List<String>> steps = new LinkedHashMap<>();
        offered.forEach((device, ids) -> {
            List<String> never = kb.steps().stream().map(Step::id).filter(id -> !ids.contains(id)).toList();
            if (!never.isEmpty()) steps.put(device, never);
        });
        return new Coverage(scenarios.size() + focus.size(), rules, onlyFocused, phrasings, total, synonyms, dict, steps);
    }

    private static String flat(String s) {
        return TextNormalizer.normalize(s).replace(" ", "");
    }

    public int phrasingsUnusedCount() {
        return phrasingsUnused.values().stream().mapToInt(List::size).sum();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("cases", cases);
        o.set("rules_never_fired", Json.MAPPER.valueToTree(rulesNeverFired));
        o.set("rules_fired_only_by_focused_tests", Json.MAPPER.valueToTree(rulesOnlyFocused));
        o.put("phrasings_total", phrasingsTotal);
        o.set("phrasings_never_matching", Json.MAPPER.valueToTree(phrasingsUnused));
        o.set("synonyms_never_used", Json.MAPPER.valueToTree(synonymsUnused));
        o.set("dictionary_entries_never_used", Json.MAPPER.valueToTree(dictUnused));
        o.set("steps_never_offered", Json.MAPPER.valueToTree(stepsNeverOffered));
        return o;
    }

    /** The plain report, one section per kind, most actionable first. */
    public List<String> toLines() {
        List<String> out = new ArrayList<>();
        out.add("coverage over " + cases + " cases");
        out.add("rules never fired: " + rulesNeverFired.size());
        rulesNeverFired.forEach((n, w) -> out.add("  " + w + ": " + n));
        out.add("rules fired only by their focused test (no scenario): " + rulesOnlyFocused.size());
        rulesOnlyFocused.forEach((n, w) -> out.add("  " + w + ": " + n));
        out.add("phrasings never the matching one: " + phrasingsUnusedCount() + " of " + phrasingsTotal);
        phrasingsUnused.forEach((id, ps) -> ps.forEach(p -> out.add("  " + id + " " + p)));
        out.add("synonyms never used: " + synonymsUnused.size());
        synonymsUnused.forEach((c, w) -> out.add("  " + w + ": " + c));
        out.add("dictionary entries never used: " + dictUnused.size());
        dictUnused.forEach((s, w) -> out.add("  " + w + ": " + s));
        out.add("steps never offered, per device:");
        stepsNeverOffered.forEach((d, ids) -> out.add("  " + d + ": " + String.join(", ", ids)));
        return out;
    }
}
