package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from Go: {@code stats.MannWhitneyUTest(x1, x2, alt)} of go-moremath f10218a (the version benchstat
 * pins), built with Go 1.19.8 on linux/amd64; each assertion's description shows the call. Without ties the values
 * are bit-identical to Go's; with ties the counts here are exact integers where moremath sums floating-point
 * products, so they agree to ~1e-15.
 */
class MannWhitneyUTestTest {

    private static final MannWhitneyUTest TWO_SIDED = MannWhitneyUTest.withDefaults();

    private static double[] seq(double from, int n, double step) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i * step;
        }
        return xs;
    }

    private static double[] repeat(double v, int n) {
        double[] xs = new double[n];
        java.util.Arrays.fill(xs, v);
        return xs;
    }

    @Test
    void exactWithoutTiesIsBitIdenticalToGo() {
        MannWhitneyUTest.Result r = TWO_SIDED.test(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        // Go: MannWhitneyUTest([1..5], [6..10], LocationDiffers) = U 0, P 0.007936507936507938 (2/252, 1 ulp off)
        assertThat(r.u()).isZero();
        assertThat(r.p()).as("Go: P of [1..5] vs [6..10]").isEqualTo(0.007936507936507938);
        assertThat(r.n1()).isEqualTo(5);
        assertThat(r.n2()).isEqualTo(5);

        double[] a = {1.5, 2.5, 3.5, 8.5};
        double[] b = {2, 3, 4, 5, 6, 7};
        assertThat(TWO_SIDED.test(a, b).p()).as("Go: LocationDiffers").isEqualTo(0.6095238095238096);
        assertThat(TWO_SIDED.withAlternative(AlternativeHypothesis.LESS).test(a, b).p())
                .as("Go: LocationLess").isEqualTo(0.3047619047619048);
        assertThat(TWO_SIDED.withAlternative(AlternativeHypothesis.GREATER).test(a, b).p())
                .as("Go: LocationGreater").isEqualTo(0.7619047619047619);
        assertThat(TWO_SIDED.test(a, b).u()).isEqualTo(9.0);

        double[] c = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        double[] d = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5};
        assertThat(TWO_SIDED.test(c, d).u()).isEqualTo(99.0);
        assertThat(TWO_SIDED.test(c, d).p()).as("Go: 10 vs 10").isEqualTo(2.165017644893806e-05);
    }

    @Test
    void rReferenceExampleFromWilcoxTestHelp() {
        // R, ?wilcox.test (Hollander & Wolfe 1973, p. 69):
        //   x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
        //   y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
        //   wilcox.test(x, y, alternative = "greater")   # W = 35, p-value = 0.1272  (exactly 382/3003)
        //   wilcox.test(x, y)                            # W = 35, p-value = 0.2544  (exactly 764/3003)
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitneyUTest.Result greater = TWO_SIDED.withAlternative(AlternativeHypothesis.GREATER).test(x, y);
        assertThat(greater.u()).as("R's W").isEqualTo(35.0);
        assertThat(greater.p()).isCloseTo(382.0 / 3003, within(1e-15));
        assertThat(GoFloatFormat.fixed(greater.p(), 4)).isEqualTo("0.1272");
        assertThat(TWO_SIDED.test(x, y).p()).isCloseTo(764.0 / 3003, within(1e-15));
    }

    @Test
    void exactLimitWithoutTiesIs50BothSides() {
        // x1 = 0,2,4,...,98; x2 = 1,3,5,... with the last nine shifted by +20.
        double[] x1 = seq(0, 50, 2);
        double[] x2 = seq(1, 50, 2);
        for (int i = 41; i < 50; i++) {
            x2[i] += 20;
        }
        MannWhitneyUTest.Result exact = TWO_SIDED.test(x1, x2);
        assertThat(exact.u()).isEqualTo(1189.0);
        assertThat(exact.p()).as("Go: 50+50, exact").isEqualTo(0.6779243317581555);

        double[] y1 = seq(0, 51, 2);
        double[] y2 = seq(1, 51, 2);
        for (int i = 41; i < 51; i++) {
            y2[i] += 20;
        }
        MannWhitneyUTest.Result approx = TWO_SIDED.test(y1, y2);
        assertThat(approx.u()).isEqualTo(1230.0);
        assertThat(approx.p()).as("Go: 51+51, normal approximation").isEqualTo(0.6394345681071433);
        // The knob moves the 50+50 case to the normal approximation, which gives a different value.
        assertThat(TWO_SIDED.withExactLimits(49, 25).test(x1, x2).p()).isNotEqualTo(exact.p());
    }

    @Test
    void exactLimitWithTiesIs25BothSides() {
        double[] x1 = new double[25];
        double[] x2 = new double[25];
        for (int i = 0; i < 25; i++) {
            x1[i] = i % 7;
            x2[i] = i % 5 + 1;
        }
        MannWhitneyUTest.Result exact = TWO_SIDED.test(x1, x2);
        assertThat(exact.u()).isEqualTo(285.0);
        assertThat(exact.p()).as("Go: 25+25 with ties, exact").isCloseTo(0.5936268680946466, within(1e-14));

        double[] y1 = new double[26];
        double[] y2 = new double[26];
        for (int i = 0; i < 26; i++) {
            y1[i] = i % 7;
            y2[i] = i % 5 + 1;
        }
        MannWhitneyUTest.Result approx = TWO_SIDED.test(y1, y2);
        assertThat(approx.u()).isEqualTo(322.5);
        assertThat(approx.p()).as("Go: 26+26 with ties, normal approximation").isEqualTo(0.7808261096672151);
    }

    @Test
    void exactWithTiesMatchesGo() {
        double[] a = {1, 1, 2, 2, 3};
        double[] b = {2, 3, 3, 4, 4};
        assertThat(TWO_SIDED.test(a, b).u()).isEqualTo(3.0);
        // 20/252 and 10/252: exact counts of the tied permutation distribution.
        assertThat(TWO_SIDED.test(a, b).p()).as("Go: 0.07936507936507936").isEqualTo(20.0 / 252);
        assertThat(TWO_SIDED.withAlternative(AlternativeHypothesis.LESS).test(a, b).p())
                .as("Go: 0.03968253968253968").isEqualTo(10.0 / 252);
    }

    @Test
    void twoSidedTiedPKeepsGosLowerTailConvention() {
        // The tied null distribution is asymmetric here; Go doubles the lower tail at min(U1, U2), so swapping
        // the samples changes p (0.381 vs 0.413). jbenchstat keeps Go's numbers for byte-identical output.
        double[] a = {1, 1, 1, 2, 2};
        double[] b = {0, 0, 1, 2};
        assertThat(TWO_SIDED.test(a, b).p()).as("Go: 0.38095238095238093").isCloseTo(48.0 / 126, within(1e-15));
        assertThat(TWO_SIDED.test(b, a).p()).as("Go: 0.4126984126984127").isCloseTo(52.0 / 126, within(1e-15));
    }

    @Test
    void deliberateDifferenceCorrectPWhereGoReturnsZero() {
        // BENCHSTAT_NOTES §10: Go returns P = 0 for U1 = 21 (no arrangement has U1 <= U2 = 0).
        // The doubled exact upper tail is 2/C(10,3) = 2/120; swapped, Go itself gives 2/120 too.
        double[] x1 = {3, 4, 5};
        double[] x2 = {0, 0, 1, 1, 2, 2, 2};
        MannWhitneyUTest.Result r = TWO_SIDED.test(x1, x2);
        assertThat(r.u()).isEqualTo(21.0);
        assertThat(r.p()).isEqualTo(2.0 / 120);
        assertThat(TWO_SIDED.test(x2, x1).p()).as("Go: 0.016666666666666666").isEqualTo(2.0 / 120);

        // §0.1: three new samples all above twelve old ones with ties: p = 2/C(15,3) = 0.004.
        double[] old = {10, 10, 10, 11, 11, 11, 11, 12, 12, 12, 12, 12};
        double[] fresh = {13, 14, 15};
        double p = TWO_SIDED.test(old, fresh).p();
        assertThat(p).isCloseTo(2.0 / 455, within(1e-15));
        assertThat(new Comparison(p, 12, 3, 0.05, java.util.List.of()).toString()).isEqualTo("p=0.004 n=12+3");
        assertThat(TWO_SIDED.test(fresh, old).p()).isCloseTo(2.0 / 455, within(1e-15));
    }

    @Test
    void twoSidedPIsCappedAtOne() {
        // Go: MannWhitneyUTest([0], [0,1,1,0], LocationDiffers).P = 1.2 (doubled tail of an asymmetric
        // distribution); a p-value cannot exceed 1.
        assertThat(TWO_SIDED.test(new double[] {0}, new double[] {0, 1, 1, 0}).p()).isEqualTo(1.0);
    }

    @Test
    void equalUStatisticsGivePOne() {
        MannWhitneyUTest.Result r = TWO_SIDED.test(new double[] {1}, new double[] {2}.clone());
        assertThat(r.p()).as("Go: [1] vs [2]: U 0, P 1").isEqualTo(1.0);
        assertThat(TWO_SIDED.test(new double[] {1, 4}, new double[] {2, 3}).p()).isEqualTo(1.0);
    }

    @Test
    void allSamplesEqualOnBothPaths() {
        assertThatThrownBy(() -> TWO_SIDED.test(new double[] {5, 5, 5}, new double[] {5, 5, 5, 5}))
                .isInstanceOf(StatsException.class).hasMessage("all samples are equal")
                .extracting(e -> ((StatsException) e).reason()).isEqualTo(StatsException.Reason.SAMPLES_EQUAL);
        // 30+30 ties take the normal approximation, where sigma = 0 reports the same error.
        assertThatThrownBy(() -> TWO_SIDED.test(repeat(5, 30), repeat(5, 30)))
                .isInstanceOf(StatsException.class).hasMessage("all samples are equal");
    }

    @Test
    void emptySampleIsTooSmall() {
        assertThatThrownBy(() -> TWO_SIDED.test(new double[0], new double[] {1}))
                .isInstanceOf(StatsException.class).hasMessage("sample is too small");
        assertThatThrownBy(() -> TWO_SIDED.test(new double[] {1}, new double[0]))
                .isInstanceOf(StatsException.class).hasMessage("sample is too small");
    }

    @Test
    void benchmathsMinimumPTableIsTheTiedUTestOfSeparatedSamples() {
        // mktables.go: MannWhitneyUTest([-1]*n, [1]*n, LocationDiffers).P, which benchmath hard-codes.
        for (int n = 1; n < AssumeNothing.U_TEST_MIN_P.length; n++) {
            double p = TWO_SIDED.test(repeat(-1, n), repeat(1, n)).p();
            assertThat(p).as("uTestMinP[%d]", n).isEqualTo(AssumeNothing.U_TEST_MIN_P[n]);
        }
        // Without ties the recurrence's rounding differs in the last bit (Go: 0.007936507936507938 at n=5).
        assertThat(TWO_SIDED.test(seq(0, 5, 1), seq(100, 5, 1)).p()).isEqualTo(0.007936507936507938);
        assertThat(TWO_SIDED.test(seq(0, 3, 1), seq(100, 3, 1)).p()).isEqualTo(0.10000000000000002);
    }

    @Test
    void nanNeverHangs() {
        // BENCHSTAT_NOTES §10: Go's tie scan never advances on NaN and loops forever. Callers drop NaNs, but the
        // test itself must still terminate with some p-value.
        MannWhitneyUTest.Result r = TWO_SIDED.test(new double[] {1, Double.NaN, 2}, new double[] {Double.NaN, 3});
        assertThat(r.p()).isBetween(0.0, 1.0);
    }

    @Test
    void worstCaseTiedExactSizeIsFast() {
        // 25+25 values with one tie: 49 tie groups, the most work the tied exact path can do.
        double[] x = seq(0, 25, 2);
        double[] y = seq(1, 25, 2);
        y[0] = 0;
        // Go: MannWhitneyUTest(x, y, LocationDiffers) = U 300.5, P 0.8215407419257935 (0x3fea4a0fcf5ce439).
        MannWhitneyUTest.Result r = TWO_SIDED.test(x, y);
        assertThat(r.u()).isEqualTo(300.5);
        assertThat(r.p()).isEqualTo(Double.longBitsToDouble(0x3fea4a0fcf5ce439L));
    }

    @Test
    void inputArraysAreNotModified() {
        double[] a = {3, 1, 2};
        double[] b = {9, 7, 8};
        TWO_SIDED.test(a, b);
        assertThat(a).containsExactly(3, 1, 2);
        assertThat(b).containsExactly(9, 7, 8);
    }
}
