package dev.naoru.rules;

import java.util.List;

/**
 * A rule's proposal to put a step in the plan, with a priority within its stage (higher first), or,
 * when {@link #getForDevice()} is set, a device's priority override for a step other rules propose
 * ({@code then: priority_for:}), which adds no step by itself.
 */
public final class StepFact {
    private final String id;
    private final int priority;
    private final String rule;
    private final List<String> evidence;
    private final String forDevice;

    public StepFact(String id, int priority, String rule, List<String> evidence) {
        this(id, priority, rule, evidence, "");
    }

    public StepFact(String id, int priority, String rule, List<String> evidence, String forDevice) {
        this.id = id;
        this.priority = priority;
        this.rule = rule;
        this.evidence = List.copyOf(evidence);
        this.forDevice = forDevice;
    }

    public String getId() {
        return id;
    }

    public int getPriority() {
        return priority;
    }

    public String getRule() {
        return rule;
    }

    /** What the rule matched, e.g. {@code symptom: cannot-fetch, device: outlook}. */
    public List<String> getEvidence() {
        return evidence;
    }

    /** The device a priority override applies to; empty for an ordinary proposal. */
    public String getForDevice() {
        return forDevice;
    }

    public boolean isOverride() {
        return !forDevice.isEmpty();
    }

    @Override
    public String toString() {
        return "step: " + id + " (priority " + priority + (isOverride() ? " for " + forDevice : "") + ", rule " + rule + ")";
    }
}
