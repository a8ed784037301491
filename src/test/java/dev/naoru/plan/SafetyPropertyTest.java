package dev.naoru.plan;

import dev.naoru.api.Naoru;
import dev.naoru.api.Request;
import dev.naoru.api.Result;
import dev.naoru.api.Status;
import dev.naoru.api.TestNaoru;
import dev.naoru.kb.Contract;
import dev.naoru.kb.Device;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Stage;
import dev.naoru.kb.Step;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's checked rules and the safety rules of issue 9, asserted exhaustively: every device and
 * variant × every contract symptom (given as the error-message answer) × outage or not (other-devices
 * answer) × password known or forgotten × two-factor on or off × password changed or not. Each case is
 * run twice: with the default short chat plan and with the whole plan ({@code max_steps} 0).
 */
@DisplayName("safety properties over every device × symptom × outage × password × two-factor")
class SafetyPropertyTest {
    private static final Set<String> AUTH_SYMPTOMS = Set.of("account-error", "password-rejected");
    private static final Set<DeviceId> THIRD_PARTY = Set.of(DeviceId.OUTLOOK, DeviceId.ANDROID, DeviceId.OTHER_APP);
    private static final String FORGOT = "Apple アカウントのパスワードを忘れてしまった。";
    private static final String TWO_FACTOR = "二段階認証を使っています。";
    private static final String BASE = "iCloudのメールが使えなくて困っています";

    private static Naoru naoru;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
        kb = naoru.snapshot().kb();
    }

    /** One device (and variant) per test, so a failure names it; the other dimensions loop inside. */
    static Stream<Named<Map.Entry<DeviceId, Optional<String>>>> devices() {
        List<Named<Map.Entry<DeviceId, Optional<String>>>> out = new ArrayList<>();
        for (Device d : TestNaoru.get().snapshot().kb().devices()) {
            if (d.variants().isEmpty()) out.add(Named.of(d.id().id(), Map.entry(d.id(), Optional.empty())));
            for (Device.Variant v : d.variants()) {
                out.add(Named.of(d.id().id() + "." + v.id(), Map.entry(d.id(), Optional.of(v.id()))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devices")
    void properties(Map.Entry<DeviceId, Optional<String>> device) {
        SoftAssertions soft = new SoftAssertions();
        int plans = 0;
        for (String symptom : Contract.SYMPTOMS) {
            for (boolean outage : List.of(false, true)) {
                for (boolean forgot : List.of(false, true)) {
                    for (boolean twoFactor : List.of(false, true)) {
                        for (boolean changed : List.of(false, true)) {
                            Map<String, String> answers = new LinkedHashMap<>();
                            answers.put("error-message", symptom);
                            answers.put("other-devices", outage ? "yes" : "no");
                            answers.put("password-changed", changed ? "yes" : "no");
                            device.getValue().ifPresent(v -> answers.put("device-variant", v));
                            String text = (forgot ? FORGOT : "") + (twoFactor ? TWO_FACTOR : "") + BASE;
                            Request req = new Request(Optional.empty(), text, Optional.of(device.getKey()), answers);
                            Result shortPlan = naoru.diagnose(req);
                            Result whole = naoru.diagnose(req.withMaxSteps(0));
                            String who = device.getKey().id() + device.getValue().map(v -> "." + v).orElse("") + " " + symptom
                                    + (outage ? " outage" : "") + (forgot ? " forgot" : "") + (twoFactor ? " 2fa" : "")
                                    + (changed ? " pw-changed" : "") + " plan=" + shortPlan.stepIds() + " more="
                                    + shortPlan.moreSteps().stream().map(PlanStep::id).toList();
                            check(soft, who, shortPlan, whole, device.getKey(), symptom, forgot, twoFactor, changed);
                            if (whole.status() == Status.PLAN) plans++;
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(plans).as("cases that gave a plan").isGreaterThan(Contract.SYMPTOMS.size() * 8);
    }

    private static void check(SoftAssertions soft, String who, Result shortPlan, Result whole, DeviceId device, String symptom,
                              boolean forgot, boolean twoFactor, boolean changed) {
        List<String> ids = shortPlan.stepIds();
        List<String> all = whole.stepIds();
        Set<String> causes = new HashSet<>(whole.causes().stream().map(Result.CauseFound::id).toList());
        Set<String> symptoms = new HashSet<>(whole.symptoms().stream().map(Result.SymptomFound::id).toList());

        // the short plan is the whole plan, cut: at most 6, the rest in more_steps, nothing lost or added
        soft.assertThat(ids.size()).as("%s: short plan size", who).isLessThanOrEqualTo(PlanContext.DEFAULT_MAX_STEPS);
        List<String> union = new ArrayList<>(ids);
        shortPlan.moreSteps().forEach(p -> union.add(p.id()));
        soft.assertThat(union).as("%s: steps + more_steps = the whole plan", who).containsExactlyInAnyOrderElementsOf(all);
        soft.assertThat(whole.moreSteps()).as("%s: max_steps 0 shows everything", who).isEmpty();

        for (Result r : List.of(shortPlan, whole)) {
            List<PlanStep> steps = r.steps();
            List<String> plan = r.stepIds();
            // outage: nothing with an effect (but unlocking a locked account), status and web mail first, wait present
            if (causes.contains("server-outage")) {
                for (PlanStep p : steps) {
                    Step k = kb.stepsById().get(p.id());
                    boolean unlock = OutageGuard.allowed(p.id(), new PlanContext(true, symptoms, 0));
                    if (k.hasEffect() && !unlock) soft.fail("%s: %s (effects %s) in an outage plan", who, p.id(), k.effects());
                }
                if (!plan.isEmpty()) {
                    soft.assertThat(plan.subList(0, Math.min(2, plan.size()))).as("%s: outage plan opens with status and web mail", who)
                            .containsExactlyInAnyOrder("check-system-status", "try-webmail");
                }
                soft.assertThat(plan).as("%s: outage plan waits", who).contains("wait-for-recovery");
            }
            // app-password on third-party clients with an auth symptom or two-factor, before readd-account
            if (THIRD_PARTY.contains(device) && (AUTH_SYMPTOMS.contains(symptom) || twoFactor) && r == whole && r.status() == Status.PLAN) {
                soft.assertThat(plan).as("%s: third-party client with auth trouble", who).contains("app-password");
            }
            if (plan.contains("app-password") && plan.contains("readd-account")) {
                soft.assertThat(plan.indexOf("app-password")).as("%s: app-password before readd-account", who).isLessThan(plan.indexOf("readd-account"));
            }
            if ((device == DeviceId.IPHONE || device == DeviceId.MAC)) {
                soft.assertThat(plan).as("%s: built-in Mail needs no app password", who).doesNotContain("app-password");
            }
            // password changed: reenter-password is the first reauth step
            if (changed) {
                steps.stream().filter(p -> p.stage() == Stage.REAUTH).findFirst().ifPresent(p ->
                        soft.assertThat(p.id()).as("%s: first reauth step after a password change", who).isEqualTo("reenter-password"));
            }
            // forgotten password: nothing that needs it
            if (forgot) soft.assertThat(plan).as("%s: forgotten password", who).doesNotContain("resign-in", "readd-account");
            // destructive: after every non-destructive step of its own and the earlier stages; warns first
            for (int i = 0; i < steps.size(); i++) {
                PlanStep p = steps.get(i);
                if (!p.destructive()) continue;
                soft.assertThat(p.instructions()).as("%s: %s warns first", who, p.id()).startsWith(Step.CAUTION);
                for (PlanStep later : steps.subList(i + 1, steps.size())) {
                    if (!later.destructive() && later.stage().compareTo(p.stage()) <= 0) {
                        soft.fail("%s: destructive %s before non-destructive %s", who, p.id(), later.id());
                    }
                }
            }
            // answered questions are not asked again
            for (Result.QuestionAsked q : r.questions()) {
                soft.assertThat(List.of("other-devices", "password-changed", "error-message", "device", "device-variant"))
                        .as("%s: question %s answered already", who, q.id()).doesNotContain(q.id());
            }
        }
        // the fixing step of the one cause the user named comes within the first three
        fixingStep(device, symptom, forgot, twoFactor, changed).ifPresent(fix -> {
            if (whole.status() == Status.PLAN && all.contains(fix)) {
                soft.assertThat(ids.subList(0, Math.min(3, ids.size()))).as("%s: %s within the first three", who, fix).contains(fix);
            }
        });
    }

    /** The step that fixes the cause the case names, when it names exactly one. */
    private static Optional<String> fixingStep(DeviceId device, String symptom, boolean forgot, boolean twoFactor, boolean changed) {
        List<String> fixes = new ArrayList<>();
        if (forgot) fixes.add("recover-account");
        if (changed) fixes.add("reenter-password");
        if (twoFactor && THIRD_PARTY.contains(device)) fixes.add("app-password");
        switch (symptom) {
            case "storage-full" -> fixes.add("check-storage");
            case "cannot-sign-in" -> fixes.add("unlock-account");
            case "attachment-too-large" -> fixes.add("shrink-attachment");
            case "wrong-sender-address" -> fixes.add("set-default-account");
            default -> { }
        }
        return fixes.size() == 1 ? Optional.of(fixes.get(0)) : Optional.empty();
    }
}
