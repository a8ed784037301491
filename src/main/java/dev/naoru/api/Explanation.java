package dev.naoru.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.naoru.match.DeviceMention;
import dev.naoru.match.FactMatch;
import dev.naoru.match.MatchResult;
import dev.naoru.match.NearMiss;
import dev.naoru.plan.PlanStep;
import dev.naoru.rules.FiredRule;
import dev.naoru.rules.SuppressFact;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;

/** Why Naoru answered as it did: tokens, matches and near misses, negations, rules fired, step order. */
public record Explanation(Result result, MatchResult match, List<FiredRule> fired, List<String> facts,
                          List<String> suppressed) {

    static Explanation of(Snapshot s, Diagnoser.Diagnosis d) {
        return new Explanation(d.result(), d.match(), d.outcome().fired(),
                d.facts().stream().map(String::valueOf).toList(),
                java.util.stream.Stream.concat(
                        d.outcome().suppressed().stream().map(x -> x.getStepId() + " (rule: " + x.getRule() + ")").distinct().sorted(),
                        d.dropped().stream().map(Object::toString)).toList());
    }

    /** Why a step sits at its place: stage, destructive or not, priority. */
    public static String position(PlanStep s, int index, int total) {
        return String.format("#%d of %d: stage %s (%s)%s, priority %d", index + 1, total, s.stage().id(), s.stage().label(),
                s.destructive() ? ", destructive so after every non-destructive step" : "", s.priority());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("normalized", match.analysis().normalized());
        ArrayNode toks = o.putArray("tokens");
        for (Token t : match.analysis().tokens()) {
            toks.addObject().put("term", t.term()).put("surface", t.surface()).put("clause", t.clause());
        }
        ArrayNode devs = o.putArray("device_mentions");
        for (DeviceMention m : match.deviceMentions()) {
            devs.addObject().put("device", m.device().id()).put("cue", m.cue()).put("clause", m.clause()).put("works_there", m.worksThere())
                    .put("role", m.role().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode dialogs = o.putArray("dialogs");
        for (dev.naoru.match.DialogMatch d : match.dialogs()) {
            ObjectNode n = dialogs.addObject().put("id", d.dialog().id()).put("app", d.dialog().app()).put("text", d.text())
                    .put("text_at", d.dialog().textsAt().get(d.textIndex()).toString())
                    .put("pasted", match.analysis().normalized().substring(d.start(), d.end()));
            d.dialog().device().ifPresent(x -> n.put("device", x.id()));
            d.dialog().symptoms().forEach(n.putArray("symptoms")::add);
            d.dialog().contexts().forEach(n.putArray("contexts")::add);
        }
        ArrayNode matched = o.putArray("matched");
        for (FactMatch m : all()) {
            ObjectNode n = matched.addObject().put("kind", m.fact().kind().name().toLowerCase()).put("id", m.id())
                    .put("score", m.score()).put("negated", m.negated()).put("phrasing", m.phrasing().text())
                    .put("phrasing_at", m.phrasing().where().toString());
            m.evidence().forEach(n.putArray("evidence")::add);
        }
        ArrayNode near = o.putArray("near_misses");
        for (NearMiss m : match.nearMisses()) {
            ObjectNode n = near.addObject().put("id", m.fact().id()).put("phrasing", m.phrasing().text())
                    .put("score", m.score()).put("reason", m.reason());
            m.missing().forEach(n.putArray("missing")::add);
        }
        ArrayNode clauses = o.putArray("clauses");
        for (int c = 0; c < match.analysis().clauseCount(); c++) {
            List<Token> ts = match.analysis().clause(c);
            ObjectNode n = clauses.addObject().put("clause", c).put("polarity", Token.anyNegation(ts) ? "negative" : "positive");
            ts.forEach(t -> n.withArray("terms").add(t.term()));
            clauseNotes(c).forEach(n.putArray("discourse")::add);
        }
        ArrayNode disc = o.putArray("discourse");
        match.discourse().forEach(disc::add);
        ArrayNode negs = o.putArray("negations");
        for (Token t : match.analysis().tokens()) if (t.isNegation()) negs.add(t.surface() + " (clause " + t.clause() + ")");
        ArrayNode f = o.putArray("facts");
        facts.forEach(f::add);
        ArrayNode rules = o.putArray("rules_fired");
        for (FiredRule r : fired) {
            ObjectNode n = rules.addObject().put("rule", r.name());
            r.matched().forEach(n.putArray("matched")::add);
        }
        ArrayNode sup = o.putArray("suppressed");
        suppressed.forEach(sup::add);
        ArrayNode order = o.putArray("step_order");
        for (int i = 0; i < result.steps().size(); i++) {
            PlanStep s = result.steps().get(i);
            ObjectNode n = order.addObject().put("id", s.id()).put("why_here", position(s, i, result.steps().size()));
            s.because().forEach(n.putArray("because")::add);
        }
        o.set("result", Json.result(result));
        return o;
    }

    /** The discourse notes about one clause ("clause N …"), without the prefix. */
    private List<String> clauseNotes(int clause) {
        String prefix = "clause " + clause + " ";
        return match.discourse().stream().filter(n -> n.startsWith(prefix)).map(n -> n.substring(prefix.length())).toList();
    }

    private List<FactMatch> all() {
        List<FactMatch> l = new ArrayList<>(match.symptoms());
        l.addAll(match.contexts());
        l.addAll(match.topics());
        l.addAll(match.services());
        l.addAll(match.offtopics());
        return l;
    }

    /** A readable report for the terminal. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("正規化: ").append(match.analysis().normalized()).append('\n');
        sb.append("トークン: ");
        int clause = -1;
        for (Token t : match.analysis().tokens()) {
            if (t.clause() != clause) {
                if (clause >= 0) sb.append(" | ");
                clause = t.clause();
            } else {
                sb.append(' ');
            }
            sb.append(t.term());
            if (!t.term().equals(t.surface())) sb.append('(').append(t.surface()).append(')');
        }
        sb.append("\n\n節と極性:\n");
        for (int c = 0; c < match.analysis().clauseCount(); c++) {
            List<Token> ts = match.analysis().clause(c);
            boolean negative = Token.anyNegation(ts);
            sb.append("  ").append(c).append(negative ? " 否定 " : " 肯定 ")
                    .append(String.join(" ", ts.stream().map(Token::term).toList()));
            // What the discourse layer did to this clause (taken back, past, denied, a list's negation…).
            for (String n : clauseNotes(c)) sb.append("  ⟵ ").append(n);
            sb.append('\n');
        }
        if (!match.discourse().isEmpty()) {
            sb.append("談話 (役割と上書き):\n");
            match.discourse().forEach(n -> sb.append("  - ").append(n).append('\n'));
        }
        if (!match.dialogs().isEmpty()) {
            sb.append("\nエラー表示 (kb/dialogs.yaml、フレーズより先に照合):\n");
            for (dev.naoru.match.DialogMatch d : match.dialogs()) {
                sb.append("  - ").append(d.dialog().id()).append(" (").append(d.dialog().app()).append(") 「").append(d.text()).append("」 ")
                        .append(d.dialog().textsAt().get(d.textIndex())).append("\n      → ")
                        .append(String.join(", ", d.dialog().symptoms())).append(d.dialog().contexts().isEmpty() ? "" : "; " + String.join(", ", d.dialog().contexts()))
                        .append(d.dialog().device().map(x -> "; 端末 " + x.id()).orElse("")).append('\n');
            }
        }
        sb.append("\n端末: ").append(result.device().map(d -> d.id()).orElse("不明")).append(" (").append(result.deviceSource().id()).append(")\n");
        for (DeviceMention m : match.deviceMentions()) {
            sb.append("  - ").append(m.cue()).append(" → ").append(m.device().id()).append(m.worksThere() ? " (この節では正常と言っている)" : "")
                    .append(" [").append(m.role().name().toLowerCase(java.util.Locale.ROOT)).append(']').append('\n');
        }
        sb.append("\n一致した事実:\n");
        for (FactMatch m : all()) {
            sb.append(String.format("  %-8s %-22s %.2f%s  「%s」 %s  ← %s%n", m.fact().kind().name().toLowerCase(), m.id(), m.score(),
                    m.negated() ? " (否定)" : "", m.phrasing().text(), m.phrasing().where(), String.join(" ", m.evidence())));
        }
        if (!match.nearMisses().isEmpty()) {
            sb.append("\n惜しい候補 (採用しなかった理由):\n");
            for (NearMiss m : match.nearMisses()) {
                sb.append(String.format("  %-22s %.2f 「%s」: %s%s%n", m.fact().id(), m.score(), m.phrasing().text(), m.reason(),
                        m.missing().isEmpty() ? "" : "; 足りない語: " + String.join(", ", m.missing())));
            }
        }
        sb.append("\nルールに渡した事実: ").append(String.join(", ", facts)).append('\n');
        sb.append("\n発火したルール (順に):\n");
        for (FiredRule r : fired) sb.append("  - ").append(r.name()).append("  ← ").append(String.join(", ", r.matched())).append('\n');
        if (!result.causes().isEmpty()) {
            // Confidences after what was tried: a rule_out shows as "ruled out by rule: …" with the tried step.
            sb.append("\n原因の確からしさ:\n");
            for (Result.CauseFound c : result.causes()) {
                sb.append(String.format("  %-24s %.2f  ← %s%n", c.id(), c.confidence(), String.join("; ", c.because())));
            }
        }
        if (!suppressed.isEmpty()) sb.append("\n除外した手順: ").append(String.join(", ", suppressed)).append('\n');
        sb.append("\n手順の並び:\n");
        for (int i = 0; i < result.steps().size(); i++) {
            PlanStep s = result.steps().get(i);
            sb.append("  ").append(s.id()).append(": ").append(position(s, i, result.steps().size())).append("\n      ")
                    .append(String.join("; ", s.because())).append('\n');
        }
        sb.append("\nstatus: ").append(result.status().id()).append("   kb: ").append(result.kbVersion()).append('\n');
        return sb.toString();
    }
}
