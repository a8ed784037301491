package dev.naoru.http;

import dev.naoru.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class HttpMetricsTest {
    /** The memo gauges outlive a garbage collection: their supplier has no owner but the registry. */
    @Test
    void theRulesMemoGaugesSurviveAGarbageCollection() throws InterruptedException {
        HttpMetrics metrics = new HttpMetrics();
        long hits = 3;   // captured, so the supplier is a new object the registry alone refers to
        Supplier<RuleSet.MemoStats> stats = () -> new RuleSet.MemoStats(hits, 4);
        metrics.rulesMemo(stats);
        stats = null;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(metrics.scrape())
                .contains("naoru_rules_memo_lookups{result=\"hit\"} 3.0")
                .contains("naoru_rules_memo_lookups{result=\"miss\"} 4.0");
    }
}
