package dev.naoru.api;

import dev.naoru.kb.Device;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Question;
import dev.naoru.kb.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the {@link Handoff} of a result. Every word comes from the KB (labels, titles, question texts)
 * or from ids: the user's text and the evidence taken from it are never read here.
 */
final class HandoffWriter {
    /** Below this a cause counts as (nearly) ruled out by what was tried. */
    static final double OPEN = 0.3;

    private HandoffWriter() {
    }

    static Handoff write(KnowledgeBase kb, Request req, Result r) {
        List<Handoff.Context> contexts = r.contexts().stream().map(c -> new Handoff.Context(c.id(), c.negated())).toList();
        List<Handoff.Cause> causes = r.causes().stream().map(c -> new Handoff.Cause(c.id(), c.confidence())).toList();
        String next = next(kb, r);
        List<String> lines = new ArrayList<>();
        lines.add("【引き継ぎ】iCloud メールの不具合 (" + (r.status() == Status.ESCALATE ? "提案できる手順をすべて試し、解決せず" : "手順を案内中") + ")");
        lines.add("端末: " + r.device().map(d -> device(kb, r, d)).orElse("不明 (未回答)"));
        lines.add("症状: " + joined(r.symptoms().stream().map(s -> label(kb, s.id())).toList(), "はっきりしない"));
        List<String> ctx = new ArrayList<>();
        for (Result.ContextFound c : r.contexts()) ctx.add(label(kb, c.id()) + (c.negated() ? ": いいえ" : ""));
        lines.add("状況: " + joined(ctx, "特になし"));
        List<String> answers = new ArrayList<>();
        req.answers().forEach((q, a) -> answers.add(kb.question(q).map(Question::text).orElse(q) + " → "
                + kb.question(q).map(x -> x.optionLabels().getOrDefault(a, a)).orElse(a)));
        lines.add("回答: " + joined(answers, "なし"));
        List<String> tried = new ArrayList<>();
        req.tried().forEach((s, o) -> tried.add(kb.step(s).map(Step::title).orElse(s) + " (" + s + ") → " + o.label()));
        lines.add("試した手順: " + joined(tried, "まだなし"));
        List<String> open = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        for (Result.CauseFound c : r.causes()) (c.confidence() >= OPEN ? open : lowered).add(c.label() + " (" + twoDecimals(c.confidence()) + ")");
        lines.add("残る原因の候補: " + joined(open, "特定できていない"));
        if (!lowered.isEmpty()) lines.add("試した結果で可能性が下がった原因: " + joined(lowered, ""));
        if (!r.questions().isEmpty()) {
            lines.add("未確認: " + r.questions().stream().map(Result.QuestionAsked::text).collect(Collectors.joining(" / ")));
        }
        lines.add("次の対応: " + next);
        return new Handoff(String.join("\n", lines), r.device(), r.deviceVariant(), r.symptoms().stream().map(Result.SymptomFound::id).toList(),
                contexts, req.answers(), req.tried(), causes, next);
    }

    /** "Outlook (outlook) / 新しい Outlook (new)": the KB's names, then the ids an agent's tools use. */
    private static String device(KnowledgeBase kb, Result r, dev.naoru.kb.DeviceId d) {
        java.util.Optional<Device> dev = kb.devices().stream().filter(x -> x.id() == d).findFirst();
        String name = dev.map(Device::name).orElse(d.id()) + " (" + d.id() + ")";
        return r.deviceVariant().map(v -> name + " / " + dev.flatMap(x -> x.variant(v)).map(Device.Variant::name).orElse(v) + " (" + v + ")")
                .orElse(name);
    }

    /** The first step still offered, or, when none is, support with what is known. */
    private static String next(KnowledgeBase kb, Result r) {
        if (!r.steps().isEmpty()) {
            var s = r.steps().get(0);
            return (s.id().equals(Guided.CONTACT_SUPPORT) ? "" : "次の手順を案内する: ") + s.title() + " (" + s.id() + ")";
        }
        String top = r.causes().stream().filter(c -> c.confidence() >= OPEN).findFirst().map(Result.CauseFound::label).orElse("原因未特定");
        return "サポート窓口 (Apple、ドコモメールはドコモ) で、上の試行結果を伝えて調査を依頼する。最有力: " + top;
    }

    private static String label(KnowledgeBase kb, String factId) {
        return kb.fact(factId).map(Fact::label).filter(l -> !l.isBlank()).orElse(factId);
    }

    /**
     * {@code String.format("%.2f", v)} (HALF_UP on the shortest decimal form, as Formatter rounds), without
     * Formatter's parsing and locale look-up on every request.
     */
    static String twoDecimals(double v) {
        long hundredths = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
        long abs = Math.abs(hundredths);
        String frac = abs % 100 < 10 ? "0" + abs % 100 : Long.toString(abs % 100);
        return (hundredths < 0 ? "-" : "") + abs / 100 + "." + frac;
    }

    private static String joined(List<String> items, String none) {
        return items.isEmpty() ? none : String.join("、", items);
    }
}
