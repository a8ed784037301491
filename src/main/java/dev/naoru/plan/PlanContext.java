package dev.naoru.plan;

import java.util.Set;

/**
 * What the plan stage needs beyond the proposals: is an outage suspected (cause {@code server-outage}),
 * which symptoms were found (a locked account, {@code cannot-sign-in}, keeps {@code unlock-account} even
 * then), and how many steps the short chat plan shows.
 *
 * @param maxSteps steps shown in {@code steps}; the rest go to {@code more_steps}; 0 = all
 */
public record PlanContext(boolean outage, Set<String> symptoms, int maxSteps) {
    /** A chat reply that fits a phone screen. */
    public static final int DEFAULT_MAX_STEPS = 6;

    public PlanContext {
        symptoms = Set.copyOf(symptoms);
        if (maxSteps < 0) throw new IllegalArgumentException("maxSteps must be 0 (all) or more, not " + maxSteps);
    }
}
