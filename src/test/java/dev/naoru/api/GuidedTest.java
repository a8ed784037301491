package dev.naoru.api;

import dev.naoru.kb.DeviceId;
import dev.naoru.maint.Scenario;
import dev.naoru.plan.PlanStep;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guided troubleshooting (contract "Guided troubleshooting"): tried steps, resolved, escalate, handoff. */
class GuidedTest {
    /** Personal data a user may type; none of it may reach a handoff. */
    private static final List<String> PERSONAL = List.of("山田花子", "090-1234-5678", "hanako.yamada@example.jp", "ZQ7XKMARK");
    private static final String PERSONAL_TEXT = "。私は山田花子です、連絡先は090-1234-5678とhanako.yamada@example.jp、問い合わせ番号ZQ7XKMARK";
    /** More turns than there are steps in the KB cannot happen when no step is offered twice. */
    private static final int MAX_TURNS = 60;

    private static Naoru naoru;

    @BeforeAll
    static void load() {
        naoru = TestNaoru.get();
    }

    private static Request req(String text, Map<String, TriedOutcome> tried) {
        return Request.of(text).withTried(tried);
    }

    @Test
    void aTriedStepIsNeverOfferedAgainAndTheHandoffListsIt() {
        Map<String, TriedOutcome> tried = new LinkedHashMap<>();
        tried.put("check-network", TriedOutcome.NOT_FIXED);
        tried.put("restart-device", TriedOutcome.CANNOT);
        Result r = naoru.diagnose(req("iPhoneでメールを取得できません", tried));
        assertThat(r.status()).isEqualTo(Status.PLAN);
        assertThat(r.stepIds()).doesNotContain("check-network", "restart-device").isNotEmpty();
        Handoff h = r.handoff().orElseThrow();
        assertThat(h.tried()).containsExactlyEntriesOf(tried);
        assertThat(h.summary()).contains("check-network", "解決しない", "restart-device", "できない", "iphone", "次の対応");
        assertThat(h.next()).contains(r.steps().get(0).title());
    }

    @Test
    void aFixedStepResolvesWithPreventionAndNoSteps() {
        Result r = naoru.diagnose(req("iPhoneでメールを取得できません",
                Map.of("check-network", TriedOutcome.NOT_FIXED)).withTried(new LinkedHashMap<>(Map.of("restart-device", TriedOutcome.FIXED))));
        assertThat(r.status()).isEqualTo(Status.RESOLVED);
        assertThat(r.resolvedBy()).contains("restart-device");
        assertThat(r.steps()).isEmpty();
        assertThat(r.questions()).isEmpty();
        assertThat(r.prevention()).isNotEmpty();
        assertThat(r.handoff()).isEmpty();
        assertThat(Json.write(Json.result(r))).contains("\"status\":\"resolved\"", "\"resolved_by\":\"restart-device\"");
    }

    @Test
    void afterAFailedReentryOnOutlookTheAppPasswordComesNextAndStaleCredentialsAreLessLikely() {
        Request first = Request.of("OutlookでiCloudのパスワードを何度も聞かれる");
        Result before = naoru.diagnose(first);
        Result after = naoru.diagnose(first.withTried(Map.of("reenter-password", TriedOutcome.NOT_FIXED)));
        assertThat(after.stepIds().get(0)).isEqualTo("app-password");
        assertThat(after.stepIds()).doesNotContain("reenter-password");
        double staleBefore = confidence(before, "stale-credentials");
        double staleAfter = confidence(after, "stale-credentials");
        assertThat(staleAfter).isLessThan(staleBefore).isLessThan(HandoffWriter.OPEN);
        assertThat(after.causes().get(0).id()).isEqualTo("app-password-required");
        Result.CauseFound stale = after.causes().stream().filter(c -> c.id().equals("stale-credentials")).findFirst().orElseThrow();
        assertThat(stale.because()).anyMatch(b -> b.startsWith("ruled out by rule: reenter-failed-app-password-next")
                && b.contains("tried: reenter-password=not-fixed"));
        String explained = naoru.explain(first.withTried(Map.of("reenter-password", TriedOutcome.NOT_FIXED))).toText();
        assertThat(explained).contains("reenter-failed-app-password-next", "tried: reenter-password=not-fixed", "原因の確からしさ",
                "ruled out by rule: reenter-failed-app-password-next");
        assertThat(after.handoff().orElseThrow().summary()).contains("可能性が下がった原因");
    }

    @Test
    void webmailFailingToo_suspectsAccountOrOutageNotTheDevice() {
        Result r = naoru.diagnose(req("iPhoneでメールが受信できない", Map.of("try-webmail", TriedOutcome.NOT_FIXED)));
        assertThat(r.causes()).extracting(Result.CauseFound::id).contains("server-outage", "account-locked", "storage-full");
        assertThat(r.stepIds().get(0)).isEqualTo("check-system-status");
        assertThat(r.stepIds()).contains("wait-for-recovery").doesNotContain("readd-account", "reset-network-settings", "resign-in");
    }

    @Test
    void cannotGetsTheAlternativeThatNeedsLess() {
        Result noTrusted = naoru.diagnose(req("Apple IDがロックされてサインインできない", Map.of("unlock-account", TriedOutcome.CANNOT)));
        assertThat(noTrusted.stepIds().get(0)).isEqualTo("account-recovery");
        Result noComputer = naoru.diagnose(req("AndroidのメールアプリでiCloudがアカウントエラー", Map.of("app-password", TriedOutcome.CANNOT)));
        assertThat(noComputer.stepIds().get(0)).isEqualTo("app-password-phone");
        assertThat(noComputer.stepIds()).doesNotContain("app-password");
    }

    @Test
    void everyStepTriedEscalatesWithContactSupportThenWithoutIt() {
        Result plan = naoru.diagnose(Request.of("iPhoneでメールを取得できません"));
        Map<String, TriedOutcome> all = new LinkedHashMap<>();
        plan.stepIds().stream().filter(s -> !s.equals("contact-support")).forEach(s -> all.put(s, TriedOutcome.NOT_FIXED));
        Result r = naoru.diagnose(req("iPhoneでメールを取得できません", all));
        // rules may still propose follow-ups of what failed; walk them too
        for (int i = 0; i < MAX_TURNS && r.status() == Status.PLAN; i++) {
            r.steps().stream().filter(s -> !s.id().equals("contact-support")).findFirst().ifPresent(s -> all.put(s.id(), TriedOutcome.NOT_FIXED));
            if (r.steps().stream().allMatch(s -> s.id().equals("contact-support"))) break;
            r = naoru.diagnose(req("iPhoneでメールを取得できません", all));
        }
        r = naoru.diagnose(req("iPhoneでメールを取得できません", all));
        assertThat(r.status()).isEqualTo(Status.ESCALATE);
        assertThat(r.stepIds()).containsExactly("contact-support");
        assertThat(r.questions()).isEmpty();
        assertThat(r.handoff().orElseThrow().tried()).containsExactlyEntriesOf(all);
        all.put("contact-support", TriedOutcome.NOT_FIXED);
        Result after = naoru.diagnose(req("iPhoneでメールを取得できません", all));
        assertThat(after.status()).isEqualTo(Status.ESCALATE);
        assertThat(after.steps()).isEmpty();
        assertThat(after.handoff().orElseThrow().next()).contains("サポート");
    }

    /**
     * The done criterion as a property: over many texts and devices, a client that reports every offered
     * step as not-fixed (or cannot) reaches escalate in a bounded number of turns, is never offered a step
     * twice, and every handoff lists each tried step and quotes none of the user's text.
     */
    @Test
    void aClientThatNeverFixesAnythingReachesEscalateAndTheHandoffQuotesNoUserText() {
        List<Scenario> cases = TestNaoru.scenarios();
        Random rnd = new Random(11);
        SoftAssertions soft = new SoftAssertions();
        int walked = 0;
        for (int n = 0; n < 120; n++) {
            Scenario sc = cases.get(rnd.nextInt(cases.size()));
            String text = sc.request().text() + PERSONAL_TEXT;
            if (text.length() > Request.MAX_TEXT) continue;
            DeviceId[] devices = DeviceId.values();
            Optional<DeviceId> device = rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(devices[rnd.nextInt(devices.length)]);
            Request req = new Request(Optional.of("p" + n), text, device, sc.request().answers());
            Result r = naoru.diagnose(req);
            if (r.status() == Status.NO_MATCH) continue;
            walked++;
            Set<String> offered = new HashSet<>();
            Map<String, TriedOutcome> tried = new LinkedHashMap<>();
            int turns = 0;
            while (r.status() != Status.ESCALATE && r.status() != Status.NO_MATCH && turns++ < MAX_TURNS) {
                checkHandoff(soft, sc.label(), r, tried);
                if (r.steps().isEmpty()) {
                    // clarify without steps: try the first generic thing a person would
                    tried.put("contact-support", TriedOutcome.NOT_FIXED);
                } else {
                    PlanStep s = r.steps().get(0);
                    soft.assertThat(offered.add(s.id())).as("%s: %s offered twice", sc.label(), s.id()).isTrue();
                    soft.assertThat(tried).as("%s: tried step offered again", sc.label()).doesNotContainKey(s.id());
                    tried.put(s.id(), rnd.nextInt(4) == 0 ? TriedOutcome.CANNOT : TriedOutcome.NOT_FIXED);
                }
                r = naoru.diagnose(req.withTried(tried));
            }
            soft.assertThat(r.status()).as("%s (%s): reaches escalate in at most %d turns", sc.label(), device, MAX_TURNS).isEqualTo(Status.ESCALATE);
            checkHandoff(soft, sc.label(), r, tried);
        }
        assertThat(walked).isGreaterThan(60);
        soft.assertAll();
    }

    private static void checkHandoff(SoftAssertions soft, String who, Result r, Map<String, TriedOutcome> tried) {
        soft.assertThat(r.handoff()).as("%s: %s result has a handoff", who, r.status().id()).isPresent();
        if (r.handoff().isEmpty()) return;
        Handoff h = r.handoff().get();
        soft.assertThat(h.tried()).as("%s: handoff lists every tried step", who).containsExactlyEntriesOf(tried);
        tried.forEach((s, o) -> soft.assertThat(h.summary()).as("%s: summary names %s", who, s).contains(s + ") → " + o.label()));
        String json = Json.write(HandoffJson.write(h));
        for (String p : PERSONAL) soft.assertThat(json).as("%s: handoff quotes the user's '%s'", who, p).doesNotContain(p);
        soft.assertThat(h.summary()).as("%s: the user's text", who).doesNotContain(PERSONAL_TEXT.substring(1, 12));
    }

    @Test
    void badTriedEntriesAreLocatedErrors() {
        assertThatThrownBy(() -> naoru.diagnose(req("メールが届かない", Map.of("check-netwrk", TriedOutcome.NOT_FIXED))))
                .isInstanceOfSatisfying(RequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TRIED);
                    assertThat(e.getMessage()).startsWith("tried.check-netwrk: unknown step 'check-netwrk'; known: ").contains("check-network");
                });
        assertThatThrownBy(() -> Json.parseRequest("{\"text\":\"メールが届かない\",\"tried\":{\"check-network\":\"done\"}}"))
                .isInstanceOfSatisfying(RequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TRIED);
                    assertThat(e.getMessage()).isEqualTo("tried.check-network: 'done' is not an outcome; use one of fixed, not-fixed, cannot");
                });
        assertThatThrownBy(() -> Json.parseRequest("{\"text\":\"メールが届かない\",\"tried\":[\"check-network\"]}"))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void triedKeepsTheClientsOrderInJson() {
        Request r = Json.parseRequest("{\"text\":\"iPhoneでメールを取得できません\",\"tried\":{\"restart-device\":\"not-fixed\",\"check-network\":\"cannot\"}}");
        assertThat(new ArrayList<>(r.tried().keySet())).containsExactly("restart-device", "check-network");
        String json = Json.write(Json.result(naoru.diagnose(r)));
        assertThat(json).contains("\"tried\":{\"restart-device\":\"not-fixed\",\"check-network\":\"cannot\"}");
    }

    private static double confidence(Result r, String cause) {
        return r.causes().stream().filter(c -> c.id().equals(cause)).mapToDouble(Result.CauseFound::confidence).findFirst().orElse(0);
    }
}
