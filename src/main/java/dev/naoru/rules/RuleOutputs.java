package dev.naoru.rules;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The effects of one request's rules that no rule reads back, collected in emit order instead of
 * inserted. A step, an ask, a suppression or a ruling-out that no rule's conditions match would only
 * pass through the network to be fetched again by type; inserting them cost about a third of a rules run
 * (fact handles, propagation, the session reset). A type some rule does read (a pattern on it, also
 * inside {@code not}, {@code exists} or {@code accumulate}, or on a supertype such as {@code Object})
 * is inserted as before, so a maintainer's DRL that matches {@code StepFact} works unchanged.
 * {@link CauseFact} is always read (causes / causes_absent, the accumulate of advanced.drl).
 */
final class RuleOutputs {
    /** The outputs of the request this thread is running rules for; null outside {@link RuleRunner#run}. */
    static final ThreadLocal<RuleOutputs> CURRENT = new ThreadLocal<>();

    /** The effect types that may be collected rather than inserted. */
    static final List<Class<?>> EFFECTS = List.of(StepFact.class, SuppressFact.class, AskFact.class, RuleOutFact.class);

    private final Set<Class<?>> collected;
    private final List<Object> facts = new ArrayList<>();
    /** The matched facts of the last effect and their texts ({@link Emit}): the next effect of a consequence reuses them. */
    private Object[] lastMatched = new Object[0];
    private List<String> lastEvidence = List.of();

    RuleOutputs(Set<Class<?>> collected) {
        this.collected = collected;
    }

    /** Whether {@code fact} goes to this collector (true) or must be inserted for a rule that reads it (false). */
    boolean offer(Object fact) {
        if (!collected.contains(fact.getClass())) return false;
        facts.add(fact);
        return true;
    }

    boolean collects(Class<?> type) {
        return collected.contains(type);
    }

    /** The evidence texts of {@code matched} when the previous effect matched the very same objects; else null. */
    List<String> evidenceOf(Object[] matched) {
        if (matched.length != lastMatched.length) return null;
        for (int i = 0; i < matched.length; i++) if (matched[i] != lastMatched[i]) return null;
        return lastEvidence;
    }

    void rememberEvidence(Object[] matched, List<String> evidence) {
        lastMatched = matched.clone();
        lastEvidence = evidence;
    }

    @SuppressWarnings("unchecked")
    <T> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object f : facts) if (f.getClass() == type) out.add((T) f);
        return out;
    }

    /** The effect types no rule of {@code base} reads: those a request's rules collect instead of inserting. */
    static Set<Class<?>> unread(KieBase base) {
        Set<Class<?>> read = new HashSet<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                // A rule whose conditions cannot be inspected may read anything: insert every effect.
                if (!(r instanceof RuleImpl impl)) return Set.of();
                readTypes(impl.getLhs(), read);
            }
        }
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> effect : EFFECTS) {
            if (read.stream().noneMatch(t -> t.isAssignableFrom(effect))) out.add(effect);
        }
        return Set.copyOf(out);
    }

    private static void readTypes(RuleConditionElement e, Set<Class<?>> read) {
        // A pattern with a source (accumulate, from, collect) matches what its source yields, not the facts
        // of its type: accumulate( CauseFact(); $n : count() ) is an Object() pattern over a count.
        if (e instanceof Pattern p && p.getSource() == null) {
            if (p.getObjectType() instanceof ClassObjectType c) read.add(c.getClassType());
            else read.add(Object.class);   // a type Drools declares itself: assume it may match an effect
        }
        for (RuleConditionElement nested : e.getNestedElements()) readTypes(nested, read);
    }
}
