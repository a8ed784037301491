package dev.naoru.plan;

import dev.naoru.api.TestNaoru;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Stage;
import dev.naoru.rules.StepFact;
import dev.naoru.rules.SuppressFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("PlanBuilder")
class PlanBuilderTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = TestNaoru.get().snapshot().kb();
    }

    private static List<String> ids(List<PlanStep> plan) {
        return plan.stream().map(PlanStep::id).toList();
    }

    @Test
    @DisplayName("orders by stage first, whatever the priorities")
    void stageFirst() {
        List<PlanStep> plan = PlanBuilder.build(kb, new ArrayList<>(List.of(
                new StepFact("contact-support", 100, "r1", List.of()),
                new StepFact("reenter-password", 99, "r2", List.of()),
                new StepFact("check-network", 1, "r3", List.of()),
                new StepFact("switch-to-fetch", 50, "r4", List.of()))), List.of(), Optional.empty());
        assertThat(ids(plan)).containsExactly("check-network", "switch-to-fetch", "reenter-password", "contact-support");
    }

    @Test
    @DisplayName("within a stage: non-destructive before destructive, even when the destructive one has a higher priority")
    void destructiveLastInStage() {
        List<PlanStep> plan = PlanBuilder.build(kb, List.of(
                new StepFact("readd-account", 100, "r1", List.of()),
                new StepFact("reset-network-settings", 99, "r1", List.of()),
                new StepFact("verify-server-settings", 1, "r2", List.of())), List.of(), Optional.empty());
        assertThat(ids(plan)).containsExactly("verify-server-settings", "readd-account", "reset-network-settings");
        assertThat(plan).extracting(PlanStep::destructive).containsExactly(false, true, true);
    }

    @Test
    @DisplayName("within a stage and kind: higher priority first, then id")
    void priorityThenId() {
        List<PlanStep> plan = PlanBuilder.build(kb, List.of(
                new StepFact("restart-device", 30, "r", List.of()),
                new StepFact("check-network", 80, "r", List.of()),
                new StepFact("check-date-time", 30, "r", List.of())), List.of(), Optional.empty());
        assertThat(ids(plan)).containsExactly("check-network", "check-date-time", "restart-device");
    }

    @Test
    @DisplayName("a step proposed twice appears once, with the highest priority and every rule in because")
    void duplicatesMerged() {
        List<PlanStep> plan = PlanBuilder.build(kb, List.of(
                new StepFact("check-network", 40, "low-rule", List.of("symptom: cannot-fetch")),
                new StepFact("check-network", 90, "high-rule", List.of("symptom: connection-failed", "device: iphone")),
                new StepFact("check-date-time", 60, "other", List.of())), List.of(), Optional.empty());
        assertThat(ids(plan)).containsExactly("check-network", "check-date-time");
        PlanStep net = plan.get(0);
        assertThat(net.priority()).isEqualTo(90);
        assertThat(net.because()).startsWith("rule: high-rule", "rule: low-rule")
                .contains("symptom: cannot-fetch", "symptom: connection-failed", "device: iphone").doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("suppressed steps and unknown step ids are dropped")
    void suppressedAndUnknown() {
        List<PlanStep> plan = PlanBuilder.build(kb, List.of(
                new StepFact("readd-account", 30, "r", List.of()),
                new StepFact("no-such-step", 99, "r", List.of()),
                new StepFact("wait-for-recovery", 90, "r", List.of())),
                List.of(new SuppressFact("readd-account", "outage")), Optional.empty());
        assertThat(ids(plan)).containsExactly("wait-for-recovery");
    }

    @Test
    @DisplayName("instructions are the device's own, else the default text")
    void deviceInstructions() {
        var step = kb.stepsById().get("reenter-password");
        for (DeviceId d : DeviceId.values()) {
            PlanStep p = PlanBuilder.build(kb, List.of(new StepFact("reenter-password", 80, "r", List.of())), List.of(), Optional.of(d)).get(0);
            assertThat(p.instructions()).as(d.id()).isEqualTo(step.instructions().getOrDefault(d.id(), step.instructions().get("default")));
            assertThat(p.title()).isEqualTo(step.title());
            assertThat(p.stage()).isEqualTo(Stage.REAUTH);
        }
        PlanStep none = PlanBuilder.build(kb, List.of(new StepFact("reenter-password", 80, "r", List.of())), List.of(), Optional.empty()).get(0);
        assertThat(none.instructions()).isEqualTo(step.instructions().get("default"));
    }

    @Test
    @DisplayName("no proposals, no plan")
    void empty() {
        assertThat(PlanBuilder.build(kb, List.of(), List.of(), Optional.empty())).isEmpty();
    }

    @Test
    @DisplayName("priority_for: a device's override replaces the highest proposal, lower or higher, only for that device")
    void priorityForOverridesForItsDeviceOnly() {
        List<StepFact> facts = List.of(
                new StepFact("restart-mail-app", 80, "r1", List.of()),
                new StepFact("check-date-time", 70, "r2", List.of()),
                new StepFact("restart-mail-app", 40, "r3", List.of(), "outlook"));
        List<PlanStep> outlook = PlanBuilder.build(kb, new ArrayList<>(facts), List.of(), Optional.of(DeviceId.OUTLOOK));
        assertThat(ids(outlook)).containsExactly("check-date-time", "restart-mail-app");
        assertThat(outlook.get(1).priority()).isEqualTo(40);
        assertThat(outlook.get(1).because()).contains("rule: r3 (priority for outlook)");
        List<PlanStep> iphone = PlanBuilder.build(kb, new ArrayList<>(facts), List.of(), Optional.of(DeviceId.IPHONE));
        assertThat(ids(iphone)).containsExactly("restart-mail-app", "check-date-time");
        // an override alone adds no step
        assertThat(PlanBuilder.build(kb, new ArrayList<>(List.of(facts.get(2))), List.of(), Optional.of(DeviceId.OUTLOOK))).isEmpty();
    }
}
