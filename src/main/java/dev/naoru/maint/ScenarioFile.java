package dev.naoru.maint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Request;
import dev.naoru.api.RequestException;
import dev.naoru.api.Json;
import dev.naoru.api.TriedOutcome;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KbException;
import dev.naoru.kb.NodeReader;
import dev.naoru.kb.Problem;
import dev.naoru.kb.YamlDoc;
import dev.naoru.rules.AnswerValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads scenario files ({@code kb/tests/*.yaml}, or the shared eval cases) into {@link Scenario}s. */
public final class ScenarioFile {
    private static final Set<String> CASE_KEYS = Set.of("id", "text", "device", "answers", "expect", "tried");
    /** Guided-troubleshooting keys, checked by {@link ScenarioRunner#checkGuided}; every other key is in {@link ScenarioChecks}. */
    private static final Set<String> GUIDED_KEYS = Set.of("resolved_by", "handoff");

    private ScenarioFile() {
    }

    /** All {@code *.yaml} files of a folder, sorted; empty when the folder does not exist. */
    public static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new KbException(List.of(new Problem(dir.toString(), 0, 0, "cannot list: " + e.getMessage(), "")));
        }
    }

    /** {@code tried: {step-id: fixed|not-fixed|cannot}}; a bad outcome is a located problem (step ids are checked when run). */
    private static Map<String, TriedOutcome> tried(NodeReader r, YamlDoc.Node t) {
        Map<String, TriedOutcome> out = new LinkedHashMap<>();
        if (t.isMissing()) return out;
        if (!t.json().isObject()) {
            r.problem(t, "'tried' must map step ids to an outcome", "e.g. tried: {check-network: not-fixed}");
            return out;
        }
        for (Iterator<String> it = t.json().fieldNames(); it.hasNext(); ) {
            String step = it.next();
            String v = t.json().get(step).asText();
            TriedOutcome.parse(v).ifPresentOrElse(o -> out.put(step, o),
                    () -> r.problem(t.get(step), "'" + v + "' is not an outcome of tried step '" + step + "'", "use one of " + TriedOutcome.known()));
        }
        return out;
    }

    public static List<Scenario> read(Path file) {
        String shown = dev.naoru.kb.SourceFiles.display(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KbException(List.of(new Problem(shown, 0, 0, "cannot read: " + e.getMessage(), "check the path")));
        }
        return parse(shown, text);
    }

    public static List<Scenario> parse(String shown, String text) {
        YamlDoc doc = YamlDoc.parse(shown, text);
        List<Problem> problems = new ArrayList<>();
        NodeReader r = new NodeReader(problems);
        List<Scenario> out = new ArrayList<>();
        JsonNode root = doc.root().json();
        if (!root.isArray()) {
            throw new KbException(List.of(new Problem(shown, 1, 1, "a scenario file is a list of cases", "start each case with '- id: …'")));
        }
        for (int i = 0; i < root.size(); i++) {
            YamlDoc.Node n = doc.root().at(i);
            r.onlyKeys(n, CASE_KEYS);
            String id = r.text(n, "id", true);
            String caseText = r.text(n, "text", true);
            Optional<DeviceId> device = Optional.empty();
            String dev = r.text(n, "device", false);
            if (!dev.isEmpty()) {
                try {
                    device = Optional.of(Json.device(dev));
                } catch (RequestException e) {
                    r.problem(n.get("device"), e.getMessage(), "");
                }
            }
            Map<String, String> answers = new LinkedHashMap<>();
            JsonNode a = n.get("answers").json();
            if (a != null && a.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    answers.put(e.getKey(), AnswerValues.text(e.getValue()));
                }
            }
            YamlDoc.Node e = n.get("expect");
            List<ScenarioChecks.Check> checks = new ArrayList<>();
            Optional<String> status = Optional.empty();
            if (!e.isMissing()) {
                Set<String> known = new java.util.HashSet<>(ScenarioChecks.KEYS.keySet());
                known.addAll(GUIDED_KEYS);
                r.onlyKeys(e, known);
                for (Map.Entry<String, ScenarioChecks.Reader> k : ScenarioChecks.KEYS.entrySet()) {
                    if (!e.json().has(k.getKey())) continue;
                    checks.add(k.getValue().read(e.get(k.getKey()), r));
                }
                String st = r.text(e, "status", false);
                if (!st.isEmpty()) status = Optional.of(st);
            }
            Scenario.Expect expect = new Scenario.Expect(status, checks);
            Map<String, TriedOutcome> tried = tried(r, n.get("tried"));
            Scenario.Guided guided = new Scenario.Guided(Optional.of(r.text(e, "resolved_by", false)).filter(x -> !x.isEmpty()),
                    r.bool(e, "handoff", false));
            out.add(new Scenario(id, new Request(Optional.of(id), caseText, device, answers, tried), expect, n.where(), guided));
        }
        if (!problems.isEmpty()) throw new KbException(problems);
        return out;
    }
}
