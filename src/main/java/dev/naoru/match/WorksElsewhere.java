package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the user says the mail works somewhere else, which means the trouble is on this device only
 * (contract: 「iPhoneでは普通に見れる」 answers {@code other-devices} with no): another device named in a
 * clause that says it works (「iPadは大丈夫」), or a place of kb/discourse.yaml {@code elsewhere}
 * (ブラウザ, icloud.com…) in a clause with no negation and no symptom (「パソコンのブラウザだと読める」).
 */
public final class WorksElsewhere {
    private WorksElsewhere() {
    }

    /** The words that say so, for the context's evidence; empty when the text does not say it. */
    public static Optional<String> evidence(MatchResult m, Optional<DeviceId> device, KnowledgeBase kb) {
        for (DeviceMention dm : m.deviceMentions()) {
            if (dm.worksThere() && device.map(d -> d != dm.device()).orElse(true)) return Optional.of("works there: " + dm.cue());
        }
        Analysis a = m.analysis();
        for (int c = 0; c < a.clauseCount(); c++) {
            final int clause = c;
            List<Token> ts = a.tokens().stream().filter(t -> t.clause() == clause).toList();
            if (ts.isEmpty() || ts.stream().anyMatch(Token::isNegation)) continue;
            if (m.symptoms().stream().anyMatch(s -> s.clause() == clause)) continue;
            String text = a.normalized().substring(ts.get(0).start(), ts.get(ts.size() - 1).end()).toLowerCase(Locale.ROOT);
            for (String cue : kb.discourse().elsewhere()) {
                if (text.contains(cue.toLowerCase(Locale.ROOT))) return Optional.of("works elsewhere: " + cue);
            }
        }
        return Optional.empty();
    }
}
