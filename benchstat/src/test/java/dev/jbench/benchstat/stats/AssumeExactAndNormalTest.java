package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code assume=exact} (BENCHSTAT_NOTES §5.4) and {@code AssumeNormal}. Normal-assumption values are Go's
 * {@code benchmath.AssumeNormal.Summary(NewSample(xs, &DefaultThresholds), conf)} (golang/perf 712aea8, Go 1.19.8).
 */
class AssumeExactAndNormalTest {

    @Test
    void assumptionForMetadata() {
        assertThat(Assumption.forMetadata("exact")).isSameAs(Assumption.EXACT);
        assertThat(Assumption.forMetadata("nothing")).isSameAs(Assumption.NOTHING);
        assertThat(Assumption.forMetadata("normal")).as("benchstat maps only exact").isSameAs(Assumption.NOTHING);
        assertThat(Assumption.forMetadata(null)).isSameAs(Assumption.NOTHING);
    }

    @Test
    void exactSummaryOfEqualValues() {
        Summary s = Assumption.EXACT.summary(Sample.of(4096, 4096, 4096), 0.95);
        assertThat(Assumption.EXACT.summaryLabel()).isEqualTo("exact");
        assertThat(List.of(s.center(), s.lo(), s.hi(), s.confidence())).containsExactly(4096.0, 4096.0, 4096.0, 1.0);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.pctRangeString()).isEqualTo("0%");
    }

    @Test
    void exactSummaryOfDifferingValuesIsTheFirstLongestRunWithAWarning() {
        Summary s = Assumption.EXACT.summary(Sample.of(3, 1, 1, 2, 2, 5), 0.95);
        // Runs 1,1 and 2,2 are equally long: the first wins.
        assertThat(s.center()).isEqualTo(1.0);
        assertThat(s.lo()).isEqualTo(1.0);
        assertThat(s.hi()).isEqualTo(5.0);
        assertThat(s.warnings()).containsExactly("exact distribution expected, but values range from 1 to 5");
        assertThat(s.pctRangeString()).isEqualTo("400%");
        Summary big = Assumption.EXACT.summary(Sample.of(1.5e6, 2.25e7), 0.95);
        assertThat(big.warnings())
                .containsExactly("exact distribution expected, but values range from 1.5e+06 to 2.25e+07");
    }

    @Test
    void exactComparisonIsAlwaysSignificantAndPrintsOnlyN() {
        Comparison c = Assumption.EXACT.compare(Sample.of(1, 1), Sample.of(2, 2));
        assertThat(c.p()).isZero();
        assertThat(c.alpha()).isZero();
        assertThat(c.toString()).isEqualTo("n=2");
        assertThat(c.formatDelta(1, 2)).isEqualTo("+100.00%");
        assertThat(Assumption.EXACT.compare(Sample.of(1), Sample.of(1, 1)).toString()).isEqualTo("n=1+2");
    }

    @Test
    void normalSummaryMatchesGo() {
        Summary s = Assumption.NORMAL.summary(Sample.of(1, 2, 3, 4, 5), 0.95);
        assertThat(Assumption.NORMAL.summaryLabel()).isEqualTo("mean");
        assertThat(s.center()).isEqualTo(3.0);
        assertThat(s.lo()).as("Go: 1.0367568385224415").isEqualTo(Double.longBitsToDouble(0x3ff0968e56b5bb59L));
        assertThat(s.hi()).as("Go: 4.963243161477559").isEqualTo(Double.longBitsToDouble(0x4013da5c6a52912aL));
        assertThat(s.confidence()).isEqualTo(0.95);
        Summary t = Assumption.NORMAL.summary(Sample.of(10.1, 10.3, 9.8, 10.0), 0.95);
        assertThat(t.center()).as("Go: 10.05").isEqualTo(Double.longBitsToDouble(0x402419999999999aL));
        assertThat(t.lo()).as("Go: 9.718760486558216").isEqualTo(Double.longBitsToDouble(0x402370015fded963L));
        assertThat(t.hi()).as("Go: 10.381239513441786").isEqualTo(Double.longBitsToDouble(0x4024c331d35459d1L));
    }

    @Test
    void normalSummaryEdgeLevels() {
        Summary one = Assumption.NORMAL.summary(Sample.of(7), 0.95);
        assertThat(List.of(one.lo(), one.hi())).containsExactly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Summary full = Assumption.NORMAL.summary(Sample.of(1, 2), 1);
        assertThat(full.lo()).isEqualTo(Double.NEGATIVE_INFINITY);
        Summary none = Assumption.NORMAL.summary(Sample.of(1, 2), 0);
        assertThat(List.of(none.lo(), none.hi())).containsExactly(1.5, 1.5);
    }

    @Test
    void normalComparisonUsesWelchAndGoesAlphaZero() {
        Comparison c = Assumption.NORMAL.compare(Sample.of(1, 2, 3, 4, 5), Sample.of(2, 4, 6, 8, 10, 12));
        assertThat(c.p()).as("Go: 0.049284338206730505").isEqualTo(0.049284338206730505);
        assertThat(c.alpha()).as("benchmath leaves Alpha unset").isZero();
        assertThat(c.formatDelta(3, 7)).isEqualTo("~");
        Comparison failed = Assumption.NORMAL.compare(Sample.of(1, 1, 1), Sample.of(1, 1, 1));
        assertThat(failed.p()).isEqualTo(1.0);
        assertThat(failed.warnings()).containsExactly("sample has zero variance");
    }
}
