package dev.naoru.plan;

import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import dev.naoru.api.Result;
import dev.naoru.api.Status;
import dev.naoru.api.TestNaoru;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Stage;
import dev.naoru.kb.Step;
import dev.naoru.maint.Scenario;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordering and contract rules of plans, checked on every scenario text of kb/tests/*.yaml, each
 * as written and with every device given (and with the outage / password answers).
 */
@DisplayName("plan invariants over every scenario text")
class PlanInvariantsTest {
    private static final Set<String> AUTH_SYMPTOMS = Set.of("account-error", "password-rejected");
    /** The KB's context for "an old client or a manual profile is used", the contract's exception for iPhone / Mac. */
    private static final String OLD_CLIENT = "old-client";

    private static Naoru naoru;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
        kb = naoru.snapshot().kb();
    }

    static Stream<Named<Scenario>> scenarios() {
        return TestNaoru.scenarios().stream().map(s -> Named.of(s.label() + " 「" + s.request().text() + "」", s));
    }

    /** The scenario's own request, then the same text with each device given, with no device, and with answers. */
    private static List<Request> variants(Scenario s) {
        Request r = s.request();
        List<Request> out = new ArrayList<>();
        out.add(r);
        out.add(new Request(r.id(), r.text(), Optional.empty(), r.answers()));
        for (DeviceId d : DeviceId.values()) out.add(r.withDevice(d));
        if (!r.answers().containsKey("other-devices")) out.add(r.withAnswers(Map.of("other-devices", "yes")));
        if (!r.answers().containsKey("password-changed")) out.add(r.withAnswers(Map.of("password-changed", "yes")));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @DisplayName("plans keep the contract's order and content rules")
    void invariants(Scenario s) {
        SoftAssertions soft = new SoftAssertions();
        for (Request req : variants(s)) {
            Result r = naoru.diagnose(req);
            String who = "「" + req.text() + "」 device=" + req.device().map(DeviceId::id).orElse("-") + " answers=" + req.answers()
                    + " plan=" + r.stepIds();
            check(soft, who, r);
        }
        soft.assertAll();
    }

    static void check(SoftAssertions soft, String who, Result r) {
        if (r.status() == Status.RESOLVED) {
            soft.assertThat(r.steps()).as("%s: resolved has no steps", who).isEmpty();
            return;
        }
        // Out of scope (no mail or iCloud word with a context alone): no plan, so none of the plan's rules apply.
        if (r.status() == Status.NO_MATCH) {
            soft.assertThat(r.steps()).as("%s: no_match has no steps", who).isEmpty();
            return;
        }
        List<PlanStep> steps = r.steps();
        List<String> ids = r.stepIds();

        // status and steps agree
        if (r.status() == Status.NO_MATCH) soft.assertThat(steps).as("%s: no_match has no steps", who).isEmpty();
        if (r.status() == Status.PLAN) soft.assertThat(steps).as("%s: plan has steps", who).isNotEmpty();

        // no duplicates
        soft.assertThat(new HashSet<>(ids)).as("%s: duplicate step ids", who).hasSize(ids.size());

        for (int i = 0; i < steps.size(); i++) {
            PlanStep p = steps.get(i);
            Step k = kb.stepsById().get(p.id());
            soft.assertThat(k).as("%s: %s is a KB step", who, p.id()).isNotNull();
            if (k != null) {
                soft.assertThat(p.stage()).as("%s: stage of %s", who, p.id()).isEqualTo(k.stage());
                soft.assertThat(p.destructive()).as("%s: destructive flag of %s", who, p.id()).isEqualTo(k.destructive());
            }
            soft.assertThat(p.title()).as("%s: title of %s", who, p.id()).isNotBlank();
            soft.assertThat(p.instructions()).as("%s: instructions of %s", who, p.id()).isNotBlank();
            soft.assertThat(p.because()).as("%s: because of %s", who, p.id()).isNotEmpty();
            if (!p.because().isEmpty()) soft.assertThat(p.because().get(0)).as("%s: because of %s", who, p.id()).startsWith("rule: ");
            // ordered by stage, except the guided follow-ups of a tried step (they lead) and the fix-first steps
            // lifted ahead (FixFirst): without them (and the minute of isolation that may lead them) the rest is in stage order
            boolean followUp = FollowUps.isFollowUp(p);
            if (i > 0 && !followUp && !FixFirst.liftable(p)) {
                PlanStep prev = null;
                for (int j = i - 1; j >= 0 && prev == null; j--) {
                    if (!FixFirst.liftable(steps.get(j)) && !FollowUps.isFollowUp(steps.get(j))) prev = steps.get(j);
                }
                if (prev != null) soft.assertThat(p.stage()).as("%s: %s after %s", who, p.id(), prev.id()).isGreaterThanOrEqualTo(prev.stage());
            }
            if (i > 0 && followUp) soft.assertThat(FollowUps.isFollowUp(steps.get(i - 1))).as("%s: follow-up %s leads the plan", who, p.id()).isTrue();
            if (followUp) soft.assertThat(p.destructive()).as("%s: follow-up %s is not destructive", who, p.id()).isFalse();
            // destructive after every non-destructive step of its own and the earlier stages
            if (p.destructive()) {
                for (int j = i + 1; j < steps.size(); j++) {
                    PlanStep later = steps.get(j);
                    if (!later.destructive() && later.stage().compareTo(p.stage()) <= 0) {
                        soft.fail("%s: destructive %s comes before non-destructive %s (%s)", who, p.id(), later.id(), later.stage().id());
                    }
                }
            }
        }

        List<String> causes = r.causes().stream().map(Result.CauseFound::id).toList();
        Set<String> symptoms = new HashSet<>(r.symptoms().stream().map(Result.SymptomFound::id).toList());
        Set<String> contexts = new HashSet<>(r.contexts().stream().filter(c -> !c.negated()).map(Result.ContextFound::id).toList());
        Optional<DeviceId> device = r.device();

        // outage
        if (causes.contains("server-outage")) {
            soft.assertThat(ids).as("%s: outage plan", who).doesNotContain("readd-account", "reset-network-settings");
            if (r.status() == Status.PLAN) soft.assertThat(ids).as("%s: outage plan", who).contains("wait-for-recovery");
            if (!ids.isEmpty() && r.status() == Status.PLAN) {
                soft.assertThat(ids.get(0)).as("%s: first step of an outage plan", who).isIn("check-system-status", "try-webmail");
            }
        }
        // password changed → reenter-password first of reauth
        if (contexts.contains("password-changed") && r.status() == Status.PLAN) {
            List<String> reauth = steps.stream().filter(p -> p.stage() == Stage.REAUTH && !FollowUps.isFollowUp(p)).map(PlanStep::id).toList();
            if (!r.handoff().map(h -> h.tried().containsKey("reenter-password")).orElse(false)) {
                soft.assertThat(reauth).as("%s: reauth steps with password-changed", who).isNotEmpty();
            }
            if (!reauth.isEmpty() && !r.handoff().map(h -> h.tried().containsKey("reenter-password")).orElse(false)) soft.assertThat(reauth.get(0)).as("%s: first reauth step with password-changed", who)
                    .isEqualTo(contexts.contains("forgot-password") && reauth.contains("recover-account") ? "recover-account" : "reenter-password");
        }
        // not in spam
        if (contexts.contains("not-in-spam")) {
            soft.assertThat(ids).as("%s: not-in-spam", who).doesNotContain("check-spam");
        }
        // third-party clients and app-specific passwords
        boolean thirdParty = device.filter(d -> d == DeviceId.OUTLOOK || d == DeviceId.ANDROID || d == DeviceId.OTHER_APP).isPresent();
        boolean auth = symptoms.stream().anyMatch(AUTH_SYMPTOMS::contains) || contexts.contains("two-factor");
        if (thirdParty && auth) {
            soft.assertThat(ids).as("%s: outlook/android with an auth symptom or two-factor", who).contains("app-password");
        }
        if (ids.contains("app-password") && ids.contains("readd-account")) {
            soft.assertThat(ids.indexOf("app-password")).as("%s: app-password before readd-account", who).isLessThan(ids.indexOf("readd-account"));
        }
        // contract: not on the built-in Mail of iPhone and Mac "unless the text says an old client or profile is used"
        if (device.filter(d -> d == DeviceId.IPHONE || d == DeviceId.MAC).isPresent() && !contexts.contains(OLD_CLIENT)) {
            soft.assertThat(ids).as("%s: built-in Mail needs no app-specific password", who).doesNotContain("app-password");
        }
    }

    @Test
    @DisplayName("the scenario corpus is big enough to mean something")
    void corpus() {
        List<Scenario> all = TestNaoru.scenarios();
        assertThat(all).hasSizeGreaterThan(100);
        // and it exercises each rule the invariants guard
        List<Result> results = all.stream().map(s -> naoru.diagnose(s.request())).toList();
        assertThat(results).anyMatch(r -> r.causes().stream().anyMatch(c -> c.id().equals("server-outage")));
        assertThat(results).anyMatch(r -> r.contexts().stream().anyMatch(c -> c.id().equals("password-changed") && !c.negated()));
        assertThat(results).anyMatch(r -> r.contexts().stream().anyMatch(c -> c.id().equals("not-in-spam") && !c.negated()));
        assertThat(results).anyMatch(r -> r.stepIds().contains("app-password"));
        assertThat(results).anyMatch(r -> r.steps().stream().anyMatch(PlanStep::destructive));
    }

    @Test
    @DisplayName("the invariant check itself catches a bad plan (misordered, duplicated, destructive first, no rule)")
    void checkCatchesBadPlans() {
        PlanStep readd = new PlanStep("readd-account", Stage.RECONFIGURE, "t", "i", true, List.of("rule: r"), 10, "");
        PlanStep net = new PlanStep("check-network", Stage.ISOLATE, "t", "i", false, List.of("rule: r"), 10, "");
        PlanStep noRule = new PlanStep("check-date-time", Stage.ISOLATE, "t", "", false, List.of("symptom: x"), 10, "");
        PlanStep spam = new PlanStep("check-spam", Stage.REFRESH, "t", "i", false, List.of("rule: r"), 10, "");
        Result bad = new Result(Optional.empty(), Status.PLAN, Optional.of(DeviceId.IPHONE), dev.naoru.api.DeviceSource.GIVEN,
                List.of(), List.of(new Result.ContextFound("not-in-spam", false, List.of())),
                List.of(new Result.CauseFound("server-outage", 0.8, "", List.of())),
                List.of(readd, net, net, noRule, spam), List.of(), List.of(), List.of(), "v");
        SoftAssertions soft = new SoftAssertions();
        check(soft, "bad", bad);
        List<String> errors = soft.errorsCollected().stream().map(Throwable::getMessage).toList();
        assertThat(errors).anyMatch(m -> m.contains("duplicate step ids"))
                .anyMatch(m -> m.contains("destructive readd-account comes before non-destructive check-network"))
                .anyMatch(m -> m.contains("check-network after readd-account"))
                .anyMatch(m -> m.contains("because of check-date-time"))
                .anyMatch(m -> m.contains("instructions of check-date-time"))
                .anyMatch(m -> m.contains("outage plan"))
                .anyMatch(m -> m.contains("first step of an outage plan"))
                .anyMatch(m -> m.contains("not-in-spam"));
    }
}
