package dev.naoru.plan;

import dev.naoru.api.TestNaoru;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.rules.StepFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan stage after ordering: outage safety net, fix-first lane, short chat plan. */
@DisplayName("plan stage: outage net, fix-first, short plan")
class PlanStageTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = TestNaoru.get().snapshot().kb();
    }

    private static Plan plan(PlanContext ctx, StepFact... proposals) {
        return PlanBuilder.plan(kb, new ArrayList<>(List.of(proposals)), List.of(), Optional.empty(), Optional.empty(), ctx);
    }

    private static List<String> ids(List<PlanStep> steps) {
        return steps.stream().map(PlanStep::id).toList();
    }

    private static StepFact p(String id, int priority) {
        return new StepFact(id, priority, "rule-" + id, List.of());
    }

    @Test
    @DisplayName("a maintainer's new rule cannot bring a sign-out, a deletion or a password change into an outage plan; explain lists them")
    void outageNet() {
        Plan plan = plan(new PlanContext(true, Set.of("cannot-fetch"), 0), p("check-system-status", 100), p("try-webmail", 98),
                p("resign-in", 99), p("reinstall-docomo-profile", 90), p("unlock-account", 90), p("reenter-password", 60),
                p("wait-for-recovery", 97));
        assertThat(ids(plan.all())).containsExactly("check-system-status", "try-webmail", "wait-for-recovery", "reenter-password");
        assertThat(plan.dropped()).extracting(Plan.Dropped::stepId).containsExactlyInAnyOrder("resign-in", "reinstall-docomo-profile", "unlock-account");
        assertThat(plan.dropped().get(0).toString()).contains("plan safety: suspected outage");
        assertThat(plan.dropped()).filteredOn(d -> d.stepId().equals("resign-in")).singleElement().asString().contains("signs-out");
    }

    @Test
    @DisplayName("a locked account shows on every device: unlock-account stays in an outage plan; no outage, nothing is dropped")
    void lockedAccountKeepsUnlock() {
        Plan locked = plan(new PlanContext(true, Set.of("cannot-sign-in"), 0), p("check-system-status", 100), p("unlock-account", 96));
        assertThat(ids(locked.all())).contains("unlock-account");
        Plan noOutage = plan(new PlanContext(false, Set.of("cannot-fetch"), 0), p("resign-in", 70), p("check-network", 80));
        assertThat(noOutage.dropped()).isEmpty();
        assertThat(ids(noOutage.all())).containsExactly("check-network", "resign-in");
    }

    @Test
    @DisplayName("fix-first: the named cause's step follows one minute of isolation, ahead of the other generic checks")
    void fixFirst() {
        Plan plan = plan(new PlanContext(false, Set.of(), 0), p("check-network", 80), p("check-date-time", 60), p("restart-device", 30),
                p("switch-to-fetch", 70), p("check-storage", 95), p("readd-account", 99));
        assertThat(ids(plan.all())).containsExactly("check-network", "check-storage", "check-date-time", "restart-device",
                "switch-to-fetch", "readd-account");
    }

    @Test
    @DisplayName("fix-first never lifts a destructive step, whatever its priority")
    void destructiveNeverLifted() {
        assertThat(FixFirst.liftable(new PlanStep("readd-account", dev.naoru.kb.Stage.RECONFIGURE, "t", "i", true, List.of(), 100, "")))
                .isFalse();
        Plan plan = plan(new PlanContext(false, Set.of(), 0), p("check-network", 80), p("reinstall-docomo-profile", 95));
        assertThat(ids(plan.all())).containsExactly("check-network", "reinstall-docomo-profile");
    }

    @Test
    @DisplayName("short plan: at most N steps chosen by fix-first then priority, kept in plan order; the rest in more_steps")
    void shortPlan() {
        StepFact[] all = {p("check-network", 80), p("check-date-time", 60), p("restart-mail-app", 40), p("restart-device", 30),
                p("switch-to-fetch", 70), p("toggle-icloud-mail", 65), p("check-storage", 50), p("contact-support", 20)};
        Plan shortPlan = plan(new PlanContext(false, Set.of(), 4), all);
        assertThat(ids(shortPlan.steps())).containsExactly("check-network", "check-date-time", "switch-to-fetch", "toggle-icloud-mail");
        assertThat(ids(shortPlan.moreSteps())).containsExactly("restart-mail-app", "restart-device", "check-storage", "contact-support");
        Plan whole = plan(new PlanContext(false, Set.of(), 0), all);
        assertThat(whole.steps()).hasSize(8);
        assertThat(whole.moreSteps()).isEmpty();
    }
}
