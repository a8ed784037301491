package dev.naoru.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes YAML rules as DRL text, one rule each, with bound facts passed on as evidence. */
public final class DrlGenerator {
    public static final String PACKAGE = "naoru.rules";

    private DrlGenerator() {
    }

    public static String header(String origin) {
        return "// Generated from " + origin + " by Naoru; edit the YAML, not this text.\n"
                + "package " + PACKAGE + ";\n"
                + "import dev.naoru.rules.*;\n\n";
    }

    public static String rule(YamlRule r) {
        YamlRule.When w = r.when();
        List<String> lhs = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        int n = 0;
        if (!w.symptomsAny().isEmpty()) {
            lhs.add("$s" + n + " : SymptomFact( " + oneOf("id", w.symptomsAny()) + " )");
            evidence.add("$s" + n++);
        }
        for (String s : w.symptomsAll()) {
            lhs.add("$s" + n + " : SymptomFact( id == " + q(s) + " )");
            evidence.add("$s" + n++);
        }
        if (w.symptomsNone()) lhs.add("not SymptomFact( )");
        for (String c : w.contexts()) {
            lhs.add("$c" + n + " : ContextFact( id == " + q(c) + ", negated == false )");
            evidence.add("$c" + n++);
        }
        if (!w.contextsAny().isEmpty()) {
            lhs.add("$c" + n + " : ContextFact( " + oneOf("id", w.contextsAny()) + ", negated == false )");
            evidence.add("$c" + n++);
        }
        for (String c : w.contextsAbsent()) lhs.add("not ContextFact( id == " + q(c) + ", negated == false )");
        for (String c : w.contextsDenied()) {
            lhs.add("$c" + n + " : ContextFact( id == " + q(c) + ", negated == true )");
            evidence.add("$c" + n++);
        }
        if (!w.deviceIn().isEmpty()) {
            lhs.add("$d : DeviceFact( " + oneOf("id", w.deviceIn()) + " )");
            evidence.add("$d");
        }
        if (!w.deviceNotIn().isEmpty()) lhs.add("not DeviceFact( " + oneOf("id", w.deviceNotIn()) + " )");
        if (w.deviceUnknown()) lhs.add("not DeviceFact( )");
        for (Map.Entry<String, String> a : w.answers().entrySet()) {
            lhs.add("$a" + n + " : AnswerFact( question == " + q(a.getKey()) + ", value == " + q(a.getValue()) + " )");
            evidence.add("$a" + n++);
        }
        for (String c : w.causes()) {
            lhs.add("exists CauseFact( id == " + q(c) + " )");
            evidence.add(q("cause: " + c));
        }
        for (String c : w.causesAbsent()) lhs.add("not CauseFact( id == " + q(c) + " )");
        if (!w.topics().isEmpty()) lhs.add("exists TopicFact( " + oneOf("id", w.topics()) + " )");
        n = tried(w.tried(), lhs, evidence, n);

        String ev = evidence.isEmpty() ? "" : ", " + String.join(", ", evidence);
        List<String> rhs = new ArrayList<>();
        r.then().causes().forEach((id, conf) -> rhs.add("Emit.cause(drools, " + q(id) + ", " + conf + ev + ");"));
        r.then().steps().forEach((id, prio) -> rhs.add("Emit.step(drools, " + q(id) + ", " + prio + ev + ");"));
        r.then().priorityFor().forEach((device, steps) -> steps.forEach((id, prio) ->
                rhs.add("Emit.priorityFor(drools, " + q(device) + ", " + q(id) + ", " + prio + ev + ");")));
        r.then().ask().forEach(id -> rhs.add("Emit.ask(drools, " + q(id) + ");"));
        r.then().suppress().forEach(id -> rhs.add("Emit.suppress(drools, " + q(id) + ");"));
        r.then().ruleOut().forEach((id, max) -> rhs.add("Emit.ruleOut(drools, " + q(id) + ", " + max + ev + ");"));

        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(r.where()).append('\n');
        sb.append("rule ").append(q(r.name())).append('\n');
        // Rules that test derived causes wait until the cause-deriving rules have fired.
        if (!w.causes().isEmpty() || !w.causesAbsent().isEmpty()) sb.append("    salience -10\n");
        sb.append("when\n");
        if (lhs.isEmpty()) lhs.add("eval( true )");
        for (String l : lhs) sb.append("    ").append(l).append('\n');
        sb.append("then\n");
        for (String l : rhs) sb.append("    ").append(l).append('\n');
        sb.append("end\n\n");
        return sb.toString();
    }

    /** Guided conditions: a TriedFact per step and outcome; tried_any needs one of its steps tried. */
    private static int tried(YamlRule.Tried t, List<String> lhs, List<String> evidence, int n) {
        Map<String, List<String>> byOutcome = new java.util.LinkedHashMap<>();
        byOutcome.put("not-fixed", t.notFixed());
        byOutcome.put("cannot", t.cannot());
        byOutcome.put("fixed", t.fixed());
        for (Map.Entry<String, List<String>> e : byOutcome.entrySet()) {
            for (String s : e.getValue()) {
                lhs.add("$t" + n + " : TriedFact( stepId == " + q(s) + ", outcome == " + q(e.getKey()) + " )");
                evidence.add("$t" + n++);
            }
        }
        if (!t.any().isEmpty()) {
            lhs.add("$t" + n + " : TriedFact( " + oneOf("stepId", t.any()) + " )");
            evidence.add("$t" + n++);
        }
        return n;
    }

    /**
     * {@code field == "x"} for one id, {@code field in (…)} for several: Drools hashes sibling alpha nodes
     * that test one field for equality with a literal, so a fact finds its few rules by one lookup instead
     * of being tested against every rule's list.
     */
    private static String oneOf(String field, List<String> ids) {
        return ids.size() == 1 ? field + " == " + q(ids.get(0)) : field + " in (" + quoted(ids) + ")";
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(DrlGenerator::q).collect(Collectors.joining(", "));
    }

    /** A DRL string literal; rule names and ids may hold any text, so escape quotes and backslashes. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
