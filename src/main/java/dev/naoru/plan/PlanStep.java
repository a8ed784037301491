package dev.naoru.plan;

import dev.naoru.kb.Stage;

import java.util.List;

/**
 * One step of a plan, with the device's instructions and why it is there.
 *
 * @param because "rule: …" lines for every rule that proposed it, then the facts they matched
 * @param priority the highest priority any rule gave it (orders steps within a stage)
 */
public record PlanStep(String id, Stage stage, String title, String instructions, boolean destructive,
                       List<String> because, int priority, String source) {
    public PlanStep {
        because = List.copyOf(because);
    }
}
