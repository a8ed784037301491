package dev.naoru.api;

import dev.naoru.maint.Scenario;
import dev.naoru.maint.ScenarioFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan memo never changes an answer: every scenario request (and guided variants of it, with steps tried
 * and plan lengths) answers the same from the memo as on a snapshot with both memos off, and the second time
 * its facts come back the plan is found remembered.
 */
class PlanMemoTest {
    private static Snapshot memo;
    private static Snapshot plain;
    private static final List<Request> requests = new ArrayList<>();

    @BeforeAll
    static void load() {
        memo = Naoru.load(Path.of("kb"), Path.of("rules")).snapshot();
        String before = System.getProperty("naoru.rules.memo");
        System.setProperty("naoru.rules.memo", "0");
        try {
            plain = Naoru.load(Path.of("kb"), Path.of("rules")).snapshot();
        } finally {
            if (before == null) System.clearProperty("naoru.rules.memo");
            else System.setProperty("naoru.rules.memo", before);
        }
        Random random = new Random(20261205);
        TriedOutcome[] outcomes = TriedOutcome.values();
        for (Path f : ScenarioFile.filesIn(Path.of("kb/tests"))) {
            for (Scenario s : ScenarioFile.read(f)) {
                Request r = s.request();
                requests.add(r);
                requests.add(new Request(r.id(), r.text(), r.device(), r.answers(), r.tried(), 1));   // same facts, shorter plan
                // A guided turn: some of the plan's steps tried, with any outcome, and a plan length.
                List<dev.naoru.plan.PlanStep> steps = plain.diagnose(r).steps();
                if (steps.isEmpty()) continue;
                Map<String, TriedOutcome> tried = new LinkedHashMap<>(r.tried());
                for (int k = random.nextInt(steps.size()) + 1; k > 0; k--) {
                    tried.put(steps.get(random.nextInt(steps.size())).id(), outcomes[random.nextInt(outcomes.length)]);
                }
                requests.add(new Request(r.id(), r.text(), r.device(), r.answers(), tried, random.nextInt(4)));
            }
        }
    }

    @Test
    void rememberedPlansAreTheOnesBuiltAnew() {
        for (int round = 0; round < 2; round++) {
            for (Request r : requests) {
                assertThat(Json.result(memo.diagnose(r))).as("%s (round %d)", r, round).isEqualTo(Json.result(plain.diagnose(r)));
            }
        }
        assertThat(memo.plans().stats().hits()).isGreaterThanOrEqualTo(requests.size() / 2);
        assertThat(plain.plans().stats().hits()).isZero();
    }
}
