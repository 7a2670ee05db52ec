package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Descriptive statistics, geomean, Welch's t-test and sample ordering. Go reference values from go-moremath f10218a
 * ({@code stats.Mean}, {@code stats.GeoMean}, {@code stats.TwoSampleWelchTTest(Sample{Xs: x1}, Sample{Xs: x2},
 * LocationDiffers)}), Go 1.19.8 on linux/amd64 with FMA.
 */
class DescriptiveTest {

    @Test
    void incrementalMeanIsGosNotSumOverN() {
        double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10.1};
        assertThat(Descriptive.mean(xs)).as("Go: stats.Mean = 5.51 (0x40160a3d70a3d70a)")
                .isEqualTo(Double.longBitsToDouble(0x40160a3d70a3d70aL));
        assertThat(Descriptive.mean(new double[0])).isNaN();
        // Go: stats.Mean([0.5238203060500009 0.028303083325889995 0.15832827774512764]) = 0.2368172223736728,
        // while (a+b+c)/3 = 0.23681722237367286.
        double[] ys = {0.5238203060500009, 0.028303083325889995, 0.15832827774512764};
        assertThat(Descriptive.mean(ys)).isEqualTo(0.2368172223736728);
        assertThat((ys[0] + ys[1] + ys[2]) / 3).isEqualTo(0.23681722237367286);
    }

    @Test
    void welfordVariance() {
        assertThat(Descriptive.variance(new double[] {2, 4, 4, 4, 5, 5, 7, 9})).isCloseTo(32.0 / 7, within(1e-15));
        assertThat(Descriptive.variance(new double[] {3})).isZero();
        assertThat(Descriptive.variance(new double[0])).isNaN();
        assertThat(Descriptive.stdDev(new double[] {1, 3})).isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void r8QuantileInterpolation() {
        double[] xs = {1, 2, 3, 4};
        // R: quantile(c(1,2,3,4), c(0.25, 0.5, 0.75), type = 8) = 1.416667 2.5 3.583333
        assertThat(Descriptive.quantile(xs, 0.5)).isEqualTo(2.5);
        assertThat(Descriptive.quantile(xs, 0.25)).isCloseTo(1.4166666666666667, within(1e-15));
        assertThat(Descriptive.quantile(xs, 0.75)).isCloseTo(3.5833333333333335, within(1e-15));
        assertThat(Descriptive.quantile(xs, 0)).isEqualTo(1.0);
        assertThat(Descriptive.quantile(xs, 1.5)).isEqualTo(4.0);
        assertThat(Descriptive.quantile(new double[] {7}, 0.5)).isEqualTo(7.0);
        assertThat(Descriptive.quantile(new double[0], 0.5)).isNaN();
        // Low quantiles of a small sample clamp to the minimum (position <= 1).
        assertThat(Descriptive.quantile(xs, 0.01)).isEqualTo(1.0);
    }

    @Test
    void medianOfEvenSampleIsTheR8ExpressionNotTheAverage() {
        // a + 0.5*(b - a), never (a + b)/2, which overflows here.
        double[] xs = {1e308, 1.7e308};
        assertThat(Descriptive.quantile(xs, 0.5)).isEqualTo(1e308 + 0.5 * (1.7e308 - 1e308)).isFinite();
        assertThat((xs[0] + xs[1]) / 2).isInfinite();
    }

    @Test
    void geoMeanMatchesGoBitForBit() {
        assertThat(GeoMean.of(1, 2, 4, 8)).as("Go: 2.82842712474619")
                .isEqualTo(Double.longBitsToDouble(0x4006a09e667f3bccL));
        assertThat(GeoMean.of(3.3e-6, 1.7e-5, 2.2e-5)).as("Go: 1.0726594108873231e-05")
                .isEqualTo(Double.longBitsToDouble(0x3ee67ecbde5f5a22L));
        assertThat(GeoMean.of(1000, 1100, 1210, 990.5)).as("Go: 1071.539373752597")
                .isEqualTo(Double.longBitsToDouble(0x4090be285197cee6L));
        assertThat(GeoMean.of(1, 0, 3)).isNaN();
        assertThat(GeoMean.of(1, -1)).isNaN();
        assertThat(GeoMean.of()).isNaN();
    }

    @Test
    void welchTTestMatchesGo() {
        WelchTTest.Result r = WelchTTest.withDefaults().test(new double[] {1, 2, 3, 4, 5},
                new double[] {2, 4, 6, 8, 10, 12});
        assertThat(r.t()).as("Go: -2.3763541031440183").isEqualTo(Double.longBitsToDouble(0xc00302c5f0a5c073L));
        assertThat(r.dof()).as("Go: 6.9722557297949335").isEqualTo(Double.longBitsToDouble(0x401be397018b457bL));
        assertThat(r.p()).as("Go: 0.049284338206730505").isEqualTo(Double.longBitsToDouble(0x3fa93bcbf99b1720L));
        WelchTTest.Result s = WelchTTest.withDefaults().test(new double[] {10.1, 10.3, 9.8, 10.0},
                new double[] {11.2, 11.0, 11.5, 10.9, 11.1});
        assertThat(s.p()).as("Go: 0.00016176980457904833").isEqualTo(Double.longBitsToDouble(0x3f2534180a50c000L));
        assertThat(s.dof()).as("Go: 6.835072850309696").isEqualTo(Double.longBitsToDouble(0x401b571d56576e3bL));
        // One zero variance is fine.
        WelchTTest.Result z = WelchTTest.withDefaults().test(new double[] {1, 1, 1}, new double[] {1, 2, 3});
        assertThat(z.p()).as("Go: 0.2254033307585166").isEqualTo(Double.longBitsToDouble(0x3fccda042f0236e0L));
        assertThat(z.dof()).isEqualTo(2.0);
    }

    @Test
    void welchOneSidedAlternativesSplitTheTwoSidedP() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 4, 6, 8, 10, 12};
        double two = WelchTTest.withDefaults().test(a, b).p();
        double less = WelchTTest.withDefaults().withAlternative(AlternativeHypothesis.LESS).test(a, b).p();
        double greater = WelchTTest.withDefaults().withAlternative(AlternativeHypothesis.GREATER).test(a, b).p();
        assertThat(less).isCloseTo(two / 2, within(1e-15));
        assertThat(less + greater).isCloseTo(1, within(1e-15));
    }

    @Test
    void welchErrors() {
        assertThatThrownBy(() -> WelchTTest.withDefaults().test(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(StatsException.class).hasMessage("sample is too small");
        assertThatThrownBy(() -> WelchTTest.withDefaults().test(new double[] {1, 1, 1}, new double[] {2, 2}))
                .isInstanceOf(StatsException.class).hasMessage("sample has zero variance")
                .extracting(e -> ((StatsException) e).reason()).isEqualTo(StatsException.Reason.ZERO_VARIANCE);
    }

    @Test
    void sampleSortsLikeGoWithNaNsFirstAndCopies() {
        double[] raw = {3, Double.NaN, -1, 2};
        Sample s = Sample.of(raw, Thresholds.withDefaults());
        assertThat(s.values()).containsExactly(Double.NaN, -1, 2, 3);
        assertThat(raw).containsExactly(3, Double.NaN, -1, 2);
        s.values()[1] = 100;
        assertThat(s.get(1)).isEqualTo(-1.0);
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.max()).isEqualTo(3.0);
        assertThat(s.thresholds().compareAlpha()).isEqualTo(0.05);
        assertThat(Thresholds.withDefaults().withCompareAlpha(0.01).compareAlpha()).isEqualTo(0.01);
        assertThatThrownBy(() -> Sample.of(new double[0], Thresholds.withDefaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
