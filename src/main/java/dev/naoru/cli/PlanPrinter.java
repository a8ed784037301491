package dev.naoru.cli;

import dev.naoru.api.Result;
import dev.naoru.api.Status;
import dev.naoru.kb.Stage;
import dev.naoru.plan.PlanStep;

/** A result as a readable Japanese plan for the terminal. */
final class PlanPrinter {
    private PlanPrinter() {
    }

    static String print(Result r) {
        StringBuilder sb = new StringBuilder();
        String status = switch (r.status()) {
            case PLAN -> "対処プラン";
            case CLARIFY -> "確認させてください";
            case NO_MATCH -> "メールの不具合についてのご相談ではないようです";
            case RESOLVED -> "解決しました";
            case ESCALATE -> "担当者におつなぎします";
        };
        sb.append("■ ").append(status).append("  (status: ").append(r.status().id()).append(")\n");
        sb.append("端末: ").append(r.device().map(d -> d.id()).orElse("不明")).append(" (").append(r.deviceSource().id()).append(")\n");
        if (!r.symptoms().isEmpty()) {
            sb.append("症状: ");
            r.symptoms().forEach(s -> sb.append(s.id()).append(String.format(" (%.2f) ", s.score())));
            sb.append('\n');
        }
        if (!r.contexts().isEmpty()) {
            sb.append("状況: ");
            r.contexts().forEach(c -> sb.append(c.id()).append(c.negated() ? " (否定) " : " "));
            sb.append('\n');
        }
        if (!r.causes().isEmpty()) {
            sb.append("考えられる原因: ");
            r.causes().forEach(c -> sb.append(c.label()).append(String.format(" (%.2f)  ", c.confidence())));
            sb.append('\n');
        }
        Stage stage = null;
        int n = 1;
        for (PlanStep s : r.steps()) {
            if (s.stage() != stage) {
                stage = s.stage();
                sb.append("\n【").append(stage.label()).append("】\n");
            }
            sb.append(String.format("%2d. %s%s%n", n++, s.title(), s.destructive() ? " ⚠ 実行前に【注意】を読む" : ""));
            sb.append("    ").append(s.instructions()).append('\n');
            sb.append("    理由: ").append(String.join(" / ", s.because())).append('\n');
        }
        if (!r.moreSteps().isEmpty()) {
            sb.append("\nほかの手順 (").append(r.moreSteps().size()).append(" 件、--all ですべて表示): ");
            sb.append(String.join("、", r.moreSteps().stream().map(PlanStep::title).toList())).append('\n');
        }
        if (!r.questions().isEmpty()) {
            sb.append("\n確認したいこと:\n");
            r.questions().forEach(q -> sb.append(" - ").append(q.text()).append("  [--answer ").append(q.id()).append("=")
                    .append(String.join("|", q.options())).append("]\n"));
        }
        r.resolvedBy().ifPresent(id -> sb.append("解決した手順: ").append(id).append('\n'));
        if ((r.status() == Status.PLAN || r.status() == Status.RESOLVED) && !r.prevention().isEmpty()) {
            sb.append("\n再発防止:\n");
            r.prevention().forEach(p -> sb.append(" - ").append(p).append('\n'));
        }
        if (r.status() == Status.ESCALATE) r.handoff().ifPresent(h -> sb.append('\n').append(h.summary()).append('\n'));
        r.warnings().forEach(w -> sb.append("注意: ").append(w).append('\n'));
        sb.append("\n(kb ").append(r.kbVersion()).append(")");
        return sb.toString();
    }
}
