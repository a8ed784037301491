package dev.naoru.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs the rules over one request's facts in a fresh session, and collects what they derived. */
public final class RuleRunner {
    /** A bound on rule firings, so a maintainer's looping rule cannot hang a request. */
    static final int MAX_FIRINGS = 10_000;

    private RuleRunner() {
    }

    /**
     * The outcome of the rules over these facts. Without a trace, an outcome derived before from equal facts
     * is returned as it was ({@link OutcomeMemo}); a trace always runs a session, to record what fired.
     */
    public static RuleOutcome run(RuleSet rules, Collection<?> facts, boolean trace) {
        if (trace) return fire(rules, facts, true);
        List<Object> key = List.copyOf(facts);
        RuleOutcome known = rules.memo().get(key);
        if (known != null) return known;
        RuleOutcome outcome = fire(rules, key, false);
        rules.memo().put(key, outcome);
        return outcome;
    }

    /** The rules over these facts in a session, never from the memo (what a memo miss costs: benchmarks). */
    public static RuleOutcome runSession(RuleSet rules, Collection<?> facts) {
        return fire(rules, facts, false);
    }

    private static RuleOutcome fire(RuleSet rules, Collection<?> facts, boolean trace) {
        KieSession session = trace ? rules.newSession() : rules.pooledSession();
        List<FiredRule> fired = new ArrayList<>();
        try {
            if (trace) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent e) {
                        // Drools' own InitialFact (behind not/exists/accumulate) means nothing to a maintainer.
                        List<String> matched = e.getMatch().getObjects().stream()
                                .filter(o -> o != null && !o.getClass().getName().startsWith("org.drools.")).map(String::valueOf).toList();
                        fired.add(new FiredRule(e.getMatch().getRule().getName(), matched));
                    }
                });
            }
            RuleOutputs outputs = new RuleOutputs(rules.unreadEffects());
            RuleOutputs.CURRENT.set(outputs);
            try {
                for (Object f : facts) session.insert(f);
                session.fireAllRules(MAX_FIRINGS);
            } finally {
                RuleOutputs.CURRENT.remove();
            }
            return new RuleOutcome(effects(outputs, session, StepFact.class), effects(outputs, session, SuppressFact.class),
                    objects(session, CauseFact.class), effects(outputs, session, AskFact.class), fired,
                    effects(outputs, session, RuleOutFact.class));
        } finally {
            session.dispose();
        }
    }

    /** An effect type from where it went: the collector, or the session when some rule reads it. */
    private static <T> List<T> effects(RuleOutputs outputs, KieSession s, Class<T> type) {
        return outputs.collects(type) ? outputs.of(type) : objects(s, type);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> objects(KieSession s, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : s.getObjects(new ClassObjectFilter(type))) out.add((T) o);
        return out;
    }
}
