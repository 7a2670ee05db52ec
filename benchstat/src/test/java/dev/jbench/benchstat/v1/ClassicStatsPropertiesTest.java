package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of classic benchstat's outlier removal and mean. */
class ClassicStatsPropertiesTest {

    @Property(tries = 300)
    void keptValuesAreAnOrderedSubsequenceThatIncludesTheInterquartileRange(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        double[] xs = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] kept = ClassicStats.removeOutliers(xs);
        double q1 = ClassicStats.percentile(xs, 0.25);
        double q3 = ClassicStats.percentile(xs, 0.75);
        List<Double> expectedInner = new ArrayList<>();
        int j = 0;
        for (double x : xs) {
            if (j < kept.length && kept[j] == x) {
                j++;
            } else {
                assertThat(x < q1 || x > q3).as("dropped %s must lie outside [%s, %s]", x, q1, q3).isTrue();
            }
            if (q1 <= x && x <= q3) {
                expectedInner.add(x);
            }
        }
        assertThat(j).as("kept values form a subsequence of the input").isEqualTo(kept.length);
        assertThat(kept.length).isGreaterThanOrEqualTo(expectedInner.size());
    }

    @Property(tries = 300)
    void scalingByAPowerOfTwoScalesTheResultExactly(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 1, max = 1e6) Double> values,
            @ForAll @IntRange(min = -20, max = 20) int exponent) {
        double[] xs = values.stream().mapToDouble(Double::doubleValue).toArray();
        double f = Math.scalb(1.0, exponent);
        double[] scaled = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            scaled[i] = xs[i] * f;
        }
        double[] kept = ClassicStats.removeOutliers(xs);
        double[] keptScaled = ClassicStats.removeOutliers(scaled);
        assertThat(keptScaled).hasSameSizeAs(kept);
        for (int i = 0; i < kept.length; i++) {
            assertThat(keptScaled[i]).isEqualTo(kept[i] * f);
        }
        assertThat(ClassicStats.mean(keptScaled)).isEqualTo(ClassicStats.mean(kept) * f);
    }
}
