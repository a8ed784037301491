package dev.naoru.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the rules derived, remembered by the facts they were given. The rules are a function of the facts
 * alone (input facts are values, every rule's outputs depend only on them), and support traffic repeats
 * the same few fact sets — one symptom on one device — across many different wordings, so many requests
 * skip the rules session: on a first pass over texts never seen together (the holdout-style sets, the
 * scenarios of {@code kb/tests}) a third to a half of those reaching the rules find their facts already
 * derived, and a running service meets its fact sets again and again.
 *
 * <p>Bounded by two generations: entries go into the young map; when it holds {@link #capacity} entries it
 * becomes the old one (the previous old one is dropped) and a hit in the old generation moves the entry
 * back. So a fact set in use survives, and the memo never holds more than twice the capacity. One memo
 * belongs to one {@link RuleSet}: a reload starts with an empty one. The plan stage keeps what it built from
 * a remembered outcome in one of its own ({@code api.PlanMemo}).
 *
 * @param <K> what the outcome is a function of (equal keys, equal outcomes)
 * @param <V> the outcome
 */
public final class OutcomeMemo<K, V> {
    private final int capacity;
    private volatile ConcurrentHashMap<K, V> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** {@code capacity} entries a generation; 0 remembers nothing (every request runs a session). */
    public OutcomeMemo(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity must be 0 or more: " + capacity);
        this.capacity = capacity;
    }

    /** The outcome derived before from a key equal to this one (facts: equal, in the same order), if remembered; else null. */
    public V get(K facts) {
        if (capacity == 0) return null;
        V o = young.get(facts);
        if (o == null) {
            o = old.get(facts);
            if (o != null) put(facts, o);
        }
        if (o == null) misses.increment();
        else hits.increment();
        return o;
    }

    /** Remembers an outcome; {@code facts} must not change afterwards (callers pass an immutable copy). */
    public void put(K facts, V outcome) {
        if (capacity == 0) return;
        ConcurrentHashMap<K, V> y = young;
        y.put(facts, outcome);
        if (y.size() >= capacity) {
            synchronized (this) {
                if (young == y) {
                    old = y;
                    young = new ConcurrentHashMap<>();
                }
            }
        }
    }

    /** Lookups answered from the memo and lookups that ran the rules, since this rule set was built. */
    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
