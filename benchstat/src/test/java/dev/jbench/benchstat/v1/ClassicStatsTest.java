package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Outlier removal and summary statistics of classic benchstat. Reference quartiles from R:
 * {@code quantile(c(1, 2, 3, 4, 100), c(0.25, 0.75), type = 8)} → 1.666667, 36.
 */
class ClassicStatsTest {

    @Test
    void percentileIsHyndmanFanType8() {
        double[] xs = {100, 3, 1, 4, 2};
        assertThat(ClassicStats.percentile(xs, 0.25)).isCloseTo(1.6666666666666667, within(1e-15));
        assertThat(ClassicStats.percentile(xs, 0.75)).isCloseTo(36.0, within(1e-12));
        assertThat(ClassicStats.percentile(xs, 0.5)).isEqualTo(3.0);
        assertThat(ClassicStats.percentile(xs, 0)).isEqualTo(1.0);
        assertThat(ClassicStats.percentile(xs, 1)).isEqualTo(100.0);
        assertThat(ClassicStats.percentile(new double[0], 0.5)).isNaN();
    }

    @Test
    void outliersOutsideTukeyFencesAreDroppedAndOrderIsKept() {
        // q1 = 1.667, q3 = 36, fences -49.8 .. 87.5: only 100 is an outlier.
        assertThat(ClassicStats.removeOutliers(new double[] {4, 100, 1, 3, 2})).containsExactly(4, 1, 3, 2);
        // Ten timings with one slow run (the shape of golang/perf's old.txt): 57.0 goes.
        double[] xs = {41.0, 41.1, 40.9, 41.2, 41.0, 41.1, 57.0, 41.0, 40.9, 41.1};
        assertThat(ClassicStats.removeOutliers(xs)).hasSize(9).doesNotContain(57.0);
    }

    @Test
    void fencesAreInclusive() {
        // Equal values: IQR 0, both fences equal the value; exclusive fences would drop everything.
        assertThat(ClassicStats.removeOutliers(new double[] {5, 5, 5})).containsExactly(5, 5, 5);
        // {0, 0, 0, 0, 1}: q1 = 0, q3 = 1/3, upper fence 5/6 < 1, so the single 1 goes.
        assertThat(ClassicStats.removeOutliers(new double[] {0, 0, 0, 0, 1})).containsExactly(0, 0, 0, 0);
    }

    @Test
    void meanIsIncrementalLikeGo() {
        // sum/n gives 0.20000000000000004 and 4.4; Go's m += (x-m)/(i+1) gives these:
        assertThat(ClassicStats.mean(new double[] {0.1, 0.2, 0.3})).isEqualTo(0.2);
        assertThat(ClassicStats.mean(new double[] {1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7})).isEqualTo(4.3999999999999995);
        assertThat(ClassicStats.mean(new double[0])).isNaN();
    }

    @Test
    void metricsRangeIsTheLargerRelativeDistanceFromTheMean() {
        Metrics m = new Metrics("ns/op");
        for (double x : new double[] {13552735, 13553943, 13606356, 13683198}) {
            m.add(x);
        }
        m.computeStats();
        assertThat(m.mean()).isEqualTo(13599058.0);
        assertThat(m.formatDiff()).isEqualTo("1%");
        assertThat(m.format(Scaler.forValue(m.mean(), "ns/op"))).isEqualTo("13.6ms ± 1%");

        Metrics noRange = Metrics.ofMean("ns/op", 344.668);
        assertThat(noRange.format(Scaler.forValue(344.668, "ns/op"))).isEqualTo("345ns     ");
        assertThat(Metrics.missing().format(null)).isEmpty();
    }
}
