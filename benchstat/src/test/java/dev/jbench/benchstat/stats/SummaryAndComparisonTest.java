package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering of summaries and comparisons (BENCHSTAT_NOTES §5.2, §5.5), checked against Go's fmt output. */
class SummaryAndComparisonTest {

    private static Summary summary(double center, double lo, double hi) {
        return new Summary(center, lo, hi, 0.95, List.of());
    }

    private static Comparison comparison(double p, int n1, int n2) {
        return new Comparison(p, n1, n2, 0.05, List.of());
    }

    @Test
    void pctRange() {
        assertThat(summary(100, 90, 105).pctRangeString()).isEqualTo("10%");
        assertThat(summary(100, 95, 112).pctRangeString()).isEqualTo("12%");
        assertThat(summary(100, Double.NEGATIVE_INFINITY, 105).pctRangeString()).isEqualTo("∞");
        assertThat(summary(100, 90, Double.POSITIVE_INFINITY).pctRangeString()).isEqualTo("∞");
        assertThat(summary(1, -1, 2).pctRangeString()).isEqualTo("?");
        assertThat(summary(1, 0, 2).pctRangeString()).as("sign(0) != sign(1)").isEqualTo("?");
        assertThat(summary(0, 0, 0).pctRangeString()).isEqualTo("0%");
        assertThat(summary(Double.NaN, 1, 2).pctRangeString()).isEqualTo("?");
        assertThat(summary(-100, -104, -98).pctRangeString()).isEqualTo("-2%");
        // Go (run time, not constant folding): 100*(1.035/1-1) = 3.499999999999992 prints "3", where
        // String.format's HALF_UP on the 17-digit decimal would still print 3 but 2.5 prints "2" only half-to-even.
        assertThat(summary(1, 1, 1.025).pctRangeString()).isEqualTo("2%");
        assertThat(summary(1, 1, 1.035).pctRangeString()).isEqualTo("3%");
        assertThat(summary(2, 1, 2).pctRangeString()).as("100*0.5 = 50 exactly").isEqualTo("50%");
        assertThat(summary(8, 8, 9).pctRangeString()).as("12.5 exactly, half-to-even").isEqualTo("12%");
        assertThat(summary(8, 8, 11).pctRangeString()).as("37.5 exactly, half-to-even").isEqualTo("38%");
    }

    @Test
    void formatDeltaRules() {
        assertThat(comparison(0.06, 10, 10).formatDelta(1, 2)).isEqualTo("~");
        assertThat(comparison(0.05, 10, 10).formatDelta(1, 2)).as("p == alpha is significant").isEqualTo("+100.00%");
        assertThat(comparison(Math.nextUp(0.05), 10, 10).formatDelta(1, 2)).isEqualTo("~");
        assertThat(comparison(0.01, 10, 10).formatDelta(3, 3)).isEqualTo("0.00%");
        assertThat(comparison(0.01, 10, 10).formatDelta(0, 3)).isEqualTo("?");
        assertThat(comparison(0.01, 10, 10).formatDelta(100, 87.654)).isEqualTo("-12.35%");
        assertThat(comparison(0.01, 10, 10).formatDelta(1, 1.0000001)).isEqualTo("+0.00%");
        assertThat(comparison(0.01, 10, 10).formatDelta(1, 0.9999999)).isEqualTo("-0.00%");
        // fmt.Sprintf("%+.2f%%", (1.00125/1-1)*100): the double is just below 0.125 -> +0.12%.
        assertThat(comparison(0.01, 10, 10).formatDelta(1, 1.00125)).isEqualTo("+0.12%");
    }

    @Test
    void comparisonString() {
        assertThat(comparison(0.0001, 10, 10)).hasToString("p=0.000 n=10");
        assertThat(comparison(1, 5, 3)).hasToString("p=1.000 n=5+3");
        assertThat(comparison(0, 1, 1)).hasToString("n=1");
        assertThat(comparison(0.0005, 6, 6)).as("0.0005 is just above the tie").hasToString("p=0.001 n=6");
        assertThat(comparison(0.0625, 8, 8)).as("exact tie, half-to-even").hasToString("p=0.062 n=8");
    }

    @Test
    void warningListsAreImmutableCopies() {
        List<String> warnings = new ArrayList<>(List.of("w"));
        Summary s = new Summary(1, 1, 1, 1, warnings);
        warnings.add("later");
        assertThat(s.warnings()).containsExactly("w");
        Comparison c = new Comparison(1, 1, 1, 0.05, warnings);
        assertThat(c.warnings()).containsExactly("w", "later");
        assertThat(c.warnings()).isUnmodifiable();
    }
}
