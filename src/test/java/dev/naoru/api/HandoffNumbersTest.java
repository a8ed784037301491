package dev.naoru.api;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("handoff confidences: the same digits as String.format(\"%.2f\") without Formatter")
class HandoffNumbersTest {
    @Test
    void sameAsFormat() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            double[] edges = {0, 1, 0.3, 0.29999999, 0.005, 0.015, 0.125, 0.285, 1.005, 0.95, 0.995, 0.9949999, 0.1 + 0.2};
            for (double v : edges) assertThat(HandoffWriter.twoDecimals(v)).as("%s", v).isEqualTo(String.format("%.2f", v));
            Random r = new Random(13);
            for (int i = 0; i < 100_000; i++) {
                double v = i < 1001 ? i / 1000.0 : r.nextDouble();
                assertThat(HandoffWriter.twoDecimals(v)).as("%s", v).isEqualTo(String.format("%.2f", v));
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
