package dev.naoru.maint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.naoru.api.Request;
import dev.naoru.api.RequestException;
import dev.naoru.api.Json;
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
    private static final Set<String> CASE_KEYS = Set.of("id", "text", "device", "answers", "expect");

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
                r.onlyKeys(e, ScenarioChecks.KEYS.keySet());
                for (Map.Entry<String, ScenarioChecks.Reader> k : ScenarioChecks.KEYS.entrySet()) {
                    if (!e.json().has(k.getKey())) continue;
                    checks.add(k.getValue().read(e.get(k.getKey()), r));
                }
                String st = r.text(e, "status", false);
                if (!st.isEmpty()) status = Optional.of(st);
            }
            Scenario.Expect expect = new Scenario.Expect(status, checks);
            out.add(new Scenario(id, new Request(Optional.of(id), caseText, device, answers), expect, n.where()));
        }
        if (!problems.isEmpty()) throw new KbException(problems);
        return out;
    }
}
