package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * benchstat's default assumption. Expected values are Go's: {@code benchmath.AssumeNothing.Summary(NewSample(xs,
 * &DefaultThresholds), conf)} and {@code .Compare(s1, s2)} of golang/perf 712aea8 (Go 1.19.8, linux/amd64), with
 * {@code PctRangeString()}, {@code String()} and {@code Warnings} printed.
 */
class AssumeNothingTest {

    private static Summary summary(double confidence, double... xs) {
        return Assumption.NOTHING.summary(Sample.of(xs), confidence);
    }

    private static Comparison compare(double alpha, double[] a, double[] b) {
        Thresholds t = new Thresholds(alpha);
        return Assumption.NOTHING.compare(Sample.of(a, t), Sample.of(b, t));
    }

    @Test
    void labelIsMedian() {
        assertThat(Assumption.NOTHING.summaryLabel()).isEqualTo("median");
    }

    @Test
    void fiveSamplesAreTooFewAt95SixAreEnough() {
        Summary five = summary(0.95, 3, 1, 2, 5, 4);
        assertThat(five.center()).isEqualTo(3.0);
        assertThat(five.lo()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(five.hi()).as("n=5 has a finite upper bound").isEqualTo(5.0);
        assertThat(five.confidence()).isEqualTo(0.96875);
        assertThat(five.pctRangeString()).isEqualTo("∞");
        assertThat(five.warnings()).containsExactly("need >= 6 samples for confidence interval at level 0.95");

        Summary six = summary(0.95, 6, 1, 2, 5, 4, 3);
        assertThat(six.center()).isEqualTo(3.5);
        assertThat(six.lo()).isEqualTo(1.0);
        assertThat(six.hi()).isEqualTo(6.0);
        assertThat(six.pctRangeString()).isEqualTo("71%");
        assertThat(six.warnings()).isEmpty();
    }

    @Test
    void summariesMatchGo() {
        Summary ten = summary(0.95, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(List.of(ten.center(), ten.lo(), ten.hi(), ten.confidence()))
                .containsExactly(5.5, 2.0, 9.0, 0.978515625);
        assertThat(ten.pctRangeString()).isEqualTo("64%");
        Summary ten99 = summary(0.99, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(List.of(ten99.lo(), ten99.hi(), ten99.confidence())).containsExactly(1.0, 10.0, 0.998046875);
        assertThat(ten99.pctRangeString()).isEqualTo("82%");
        Summary bench = summary(0.95, 28456, 28301, 28999, 28502, 28411, 28390, 28477, 28601, 28395, 28444);
        assertThat(List.of(bench.center(), bench.lo(), bench.hi())).containsExactly(28450.0, 28390.0, 28601.0);
        assertThat(bench.pctRangeString()).isEqualTo("1%");
        Summary one = summary(0.95, 5);
        assertThat(List.of(one.center(), one.lo(), one.hi(), one.confidence()))
                .containsExactly(5.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1.0);
        assertThat(summary(0.9, 1, 2, 3, 4, 5).pctRangeString()).isEqualTo("67%");
        assertThat(summary(0.5, 1, 2).pctRangeString()).isEqualTo("33%");
    }

    @Test
    void warningNamesTheSmallestSufficientSizeAndGoFormatsTheLevel() {
        assertThat(summary(0.999999999, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).warnings())
                .containsExactly("need >= 40 samples for confidence interval at level 0.999999999");
        assertThat(AssumeNothing.neededForInterval(0.99)).isEqualTo("need >= 8");
        assertThat(AssumeNothing.neededForInterval(0.9)).isEqualTo("need >= 5");
        // No size up to 50 reaches this level.
        assertThat(AssumeNothing.neededForInterval(1 - 1e-16)).isEqualTo("need > 50");
    }

    @Test
    void negativeCentersGiveNegativePercentagesAndZeroCrossingGivesQuestionMark() {
        Summary negative = summary(0.95, -10, -9.5, -9.7, -10.2, -10.1, -9.9, -10.3);
        assertThat(negative.center()).isEqualTo(-10.0);
        assertThat(negative.pctRangeString()).isEqualTo("-3%");
        assertThat(summary(0.95, -1, 0, 1, 2, 3, 4, 5).pctRangeString()).isEqualTo("?");
        assertThat(summary(0.95, 0, 0, 0, 0, 0, 0).pctRangeString()).isEqualTo("0%");
        assertThat(summary(0.95, 2, 2, 2, 2, 2, 2, 2).pctRangeString()).isEqualTo("0%");
    }

    @Test
    void comparisonsMatchGo() {
        Comparison c = compare(0.05, new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8});
        assertThat(c.p()).as("Go: 0.028571428571428577").isEqualTo(0.028571428571428577);
        assertThat(c.toString()).isEqualTo("p=0.029 n=4");
        assertThat(c.warnings()).isEmpty();
        assertThat(c.alpha()).isEqualTo(0.05);

        Comparison notSignificant = compare(0.05, new double[] {1, 2, 3, 4}, new double[] {1.5, 2.5, 3.5, 4.5});
        assertThat(notSignificant.toString()).isEqualTo("p=0.686 n=4");
        assertThat(notSignificant.warnings()).as("n=4 could reach 0.05").isEmpty();
        assertThat(notSignificant.formatDelta(2.5, 3)).isEqualTo("~");

        Comparison uneven = compare(0.05, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new double[] {11, 12, 13});
        assertThat(uneven.toString()).isEqualTo("p=0.007 n=10+3");
        Comparison tenTen = compare(0.05, seq(1, 10), seq(11, 10));
        assertThat(tenTen.p()).isEqualTo(1.082508822446903e-05);
        assertThat(tenTen.toString()).isEqualTo("p=0.000 n=10");
    }

    @Test
    void threeSamplesCannotReachAlpha005FourCan() {
        Comparison three = compare(0.05, new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(three.p()).isEqualTo(0.10000000000000002);
        assertThat(three.toString()).isEqualTo("p=0.100 n=3");
        assertThat(three.warnings())
                .containsExactly("need >= 4 samples to detect a difference at alpha level 0.05");
        // The warning only appears when p > alpha: at alpha 0.1 the same samples are significant... almost:
        // Go's p is 0.10000000000000002 > 0.1, but n=3's tabulated minimum 0.1 <= 0.1, so no warning either way.
        assertThat(compare(0.1, new double[] {1, 2, 3}, new double[] {4, 5, 6}).warnings()).isEmpty();
        // If only one sample is small enough, there is no warning.
        assertThat(compare(0.05, new double[] {1, 2, 3}, new double[] {4, 5, 6, 7}).warnings()).isEmpty();
    }

    @Test
    void alphaBelowEveryTabulatedMinimumSaysMoreThanTen() {
        Comparison c = compare(0.000001, seq(1, 9), seq(10, 9));
        assertThat(c.toString()).isEqualTo("p=0.000 n=9");
        assertThat(c.warnings())
                .containsExactly("need > 10 samples to detect a difference at alpha level 1e-06");
        assertThat(AssumeNothing.neededToDetect(0.05)).isEqualTo(4);
        assertThat(AssumeNothing.neededToDetect(0.02857142857142857)).isEqualTo(4);
        assertThat(AssumeNothing.neededToDetect(Math.nextDown(0.02857142857142857))).isEqualTo(5);
        assertThat(AssumeNothing.neededToDetect(1)).isEqualTo(1);
    }

    @Test
    void allEqualSamplesGivePOneAndTheWarning() {
        Comparison c = compare(0.05, new double[] {5, 5, 5}, new double[] {5, 5, 5});
        assertThat(c.p()).isEqualTo(1.0);
        assertThat(c.toString()).isEqualTo("p=1.000 n=3");
        assertThat(c.warnings()).containsExactly("all samples are equal");
        assertThat(c.formatDelta(5, 5)).isEqualTo("~");
    }

    @Test
    void deliberateDifferenceTiedSeparatedSamplesAreSignificant() {
        // BENCHSTAT_NOTES §0.1: benchstat prints "-15.65% (n=3+12)" (P = 0); jbenchstat "(p=0.004 n=3+12)".
        Comparison c = compare(0.05, new double[] {13, 14, 15},
                new double[] {10, 10, 10, 11, 11, 11, 11, 12, 12, 12, 12, 12});
        assertThat(c.toString()).isEqualTo("p=0.004 n=3+12");
        assertThat(c.warnings()).isEmpty();
    }

    private static double[] seq(double from, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i;
        }
        return xs;
    }
}
