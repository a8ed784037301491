package dev.naoru.api;

import dev.naoru.kb.Device;
import dev.naoru.kb.Fact;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Question;
import dev.naoru.kb.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        // Runs on every request that is not out of scope: plain loops and one builder, no streams.
        List<Handoff.Context> contexts = new ArrayList<>(r.contexts().size());
        for (Result.ContextFound c : r.contexts()) contexts.add(new Handoff.Context(c.id(), c.negated()));
        List<Handoff.Cause> causes = new ArrayList<>(r.causes().size());
        for (Result.CauseFound c : r.causes()) causes.add(new Handoff.Cause(c.id(), c.confidence()));
        List<String> symptomIds = new ArrayList<>(r.symptoms().size());
        List<String> symptoms = new ArrayList<>(r.symptoms().size());
        for (Result.SymptomFound s : r.symptoms()) {
            symptomIds.add(s.id());
            symptoms.add(label(kb, s.id()));
        }
        String next = next(kb, r);
        StringBuilder b = new StringBuilder(512);
        b.append("【引き継ぎ】iCloud メールの不具合 (").append(r.status() == Status.ESCALATE ? "提案できる手順をすべて試し、解決せず" : "手順を案内中").append(')');
        b.append("\n端末: ").append(r.device().isPresent() ? device(kb, r, r.device().get()) : "不明 (未回答)");
        b.append("\n症状: ").append(joined(symptoms, "はっきりしない"));
        List<String> ctx = new ArrayList<>();
        for (Result.ContextFound c : r.contexts()) ctx.add(c.negated() ? label(kb, c.id()) + ": いいえ" : label(kb, c.id()));
        b.append("\n状況: ").append(joined(ctx, "特になし"));
        List<String> answers = new ArrayList<>();
        req.answers().forEach((q, a) -> {
            Optional<Question> question = kb.question(q);
            answers.add(question.isPresent() ? question.get().text() + " → " + question.get().optionLabels().getOrDefault(a, a) : q + " → " + a);
        });
        b.append("\n回答: ").append(joined(answers, "なし"));
        List<String> tried = new ArrayList<>();
        req.tried().forEach((s, o) -> tried.add(kb.step(s).map(Step::title).orElse(s) + " (" + s + ") → " + o.label()));
        b.append("\n試した手順: ").append(joined(tried, "まだなし"));
        List<String> open = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        for (Result.CauseFound c : r.causes()) (c.confidence() >= OPEN ? open : lowered).add(c.label() + " (" + twoDecimals(c.confidence()) + ")");
        b.append("\n残る原因の候補: ").append(joined(open, "特定できていない"));
        if (!lowered.isEmpty()) b.append("\n試した結果で可能性が下がった原因: ").append(joined(lowered, ""));
        if (!r.questions().isEmpty()) {
            b.append("\n未確認: ");
            for (int i = 0; i < r.questions().size(); i++) b.append(i == 0 ? "" : " / ").append(r.questions().get(i).text());
        }
        b.append("\n次の対応: ").append(next);
        return new Handoff(b.toString(), r.device(), r.deviceVariant(), symptomIds, contexts, req.answers(), req.tried(), causes, next);
    }

    /** "Outlook (outlook) / 新しい Outlook (new)": the KB's names, then the ids an agent's tools use. */
    private static String device(KnowledgeBase kb, Result r, dev.naoru.kb.DeviceId d) {
        Optional<Device> dev = kb.device(d);
        String name = (dev.isPresent() ? dev.get().name() : d.id()) + " (" + d.id() + ")";
        if (r.deviceVariant().isEmpty()) return name;
        String v = r.deviceVariant().get();
        Optional<Device.Variant> variant = dev.flatMap(x -> x.variant(v));
        return name + " / " + (variant.isPresent() ? variant.get().name() : v) + " (" + v + ")";
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
        // Most confidences have at most two decimals (0.95, 0.6): then v·100 lies within rounding error of a whole
        // number, and that number is what HALF_UP on the decimal form gives. The rest take the exact path.
        double x = v * 100;
        long whole = Math.round(x);
        if (Math.abs(x - whole) < 1e-6 && Math.abs(x) < 1e12) return format(whole);
        long hundredths = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
        return format(hundredths);
    }

    private static String format(long hundredths) {
        long abs = Math.abs(hundredths);
        String frac = abs % 100 < 10 ? "0" + abs % 100 : Long.toString(abs % 100);
        return (hundredths < 0 ? "-" : "") + abs / 100 + "." + frac;
    }

    private static String joined(List<String> items, String none) {
        return items.isEmpty() ? none : String.join("、", items);
    }
}
