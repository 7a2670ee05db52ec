package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Median confidence intervals. Reference values: BENCHSTAT_NOTES §5.2 and Go,
 * {@code stats.QuantileCI(n, 0.5, 0.95)} of go-moremath f10218a (Go 1.19.8, linux/amd64); the exact/approximate
 * switch is moremath's unexported {@code quantileCIApproxThreshold}, set in a test build to 0 or 100.
 */
class QuantileCITest {

    /** {n, LoOrder, HiOrder} at confidence 0.95, from the notes' table (verified against Go). */
    private static final int[][] AT_95 = {
        {1, 0, 2}, {2, 0, 3}, {3, 0, 4}, {4, 0, 5}, {5, 0, 5}, {6, 1, 6}, {7, 1, 7}, {8, 1, 7}, {9, 2, 8},
        {10, 2, 9}, {11, 2, 9}, {12, 3, 10}, {13, 3, 11}, {14, 3, 11}, {15, 4, 12}, {16, 4, 12}, {17, 5, 13},
        {18, 5, 14}, {19, 5, 14}, {20, 6, 15}, {25, 8, 18}, {30, 10, 21}, {31, 10, 22}, {40, 14, 27},
        {50, 18, 32}, {60, 22, 38}, {100, 40, 60},
    };

    @Test
    void medianOrderStatisticsAt95MatchBenchstat() {
        for (int[] row : AT_95) {
            QuantileCI ci = QuantileCI.of(row[0], 0.5, 0.95);
            assertThat(new int[] {ci.loOrder(), ci.hiOrder()}).as("n=%d", row[0]).containsExactly(row[1], row[2]);
            assertThat(ci.confidence()).as("n=%d achieved confidence", row[0]).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void achievedConfidenceMatchesGoBitForBit() {
        // Exact path (n <= 30): sums of binomial probabilities; 21..30 go through Go's exp(lgamma) Choose.
        assertThat(QuantileCI.of(5, 0.5, 0.95).confidence()).isEqualTo(0.96875);
        assertThat(QuantileCI.of(5, 0.5, 0.95).ambiguous()).isTrue();
        assertThat(QuantileCI.of(16, 0.5, 0.95).confidence()).isEqualTo(0.950958251953125);
        assertThat(QuantileCI.of(25, 0.5, 0.95).confidence()).as("Go: 0.9567147493362438")
                .isEqualTo(Double.longBitsToDouble(0x3fee9d684000000aL));
        assertThat(QuantileCI.of(30, 0.5, 0.95).confidence()).as("Go: 0.9572260547429379")
                .isEqualTo(Double.longBitsToDouble(0x3feea19889000032L));
        // Approximate path (n > 30): normal CDF band via Go's erfc and Acklam's inverse.
        assertThat(QuantileCI.of(31, 0.5, 0.95).confidence()).as("Go: 0.9688587894042033")
                .isEqualTo(Double.longBitsToDouble(0x3fef00e425dddcd0L));
        assertThat(QuantileCI.of(50, 0.5, 0.95).confidence()).as("Go: 0.9500565457079816, left-biased")
                .isEqualTo(Double.longBitsToDouble(0x3fee66dcfc25540dL));
        assertThat(QuantileCI.of(50, 0.5, 0.95).ambiguous()).isTrue();
        assertThat(QuantileCI.of(100, 0.5, 0.95).confidence()).as("Go: 0.9534190196211817")
                .isEqualTo(Double.longBitsToDouble(0x3fee82689a950913L));
    }

    @Test
    void bothPathsOnBothSidesOfTheThreshold() {
        // n=30 is the last exact size; forced through the approximation it gives Go's approximate answer.
        QuantileCI approx30 = QuantileCI.of(30, 0.5, 0.95, 0);
        assertThat(new int[] {approx30.loOrder(), approx30.hiOrder()}).containsExactly(10, 21);
        assertThat(approx30.confidence()).as("Go, threshold 0: 0.9553902819750604")
                .isEqualTo(Double.longBitsToDouble(0x3fee928ea3fff8a6L));
        // n=31 is the first approximate size; forced through the exact sums.
        QuantileCI exact31 = QuantileCI.of(31, 0.5, 0.95, 100);
        assertThat(new int[] {exact31.loOrder(), exact31.hiOrder()}).containsExactly(10, 22);
        assertThat(exact31.confidence()).as("Go, threshold 100: 0.9705506265163367")
                .isEqualTo(Double.longBitsToDouble(0x3fef0ec02fffffcfL));
        // n=100 exact differs from the approximation by one order statistic.
        QuantileCI exact100 = QuantileCI.of(100, 0.5, 0.95, 100);
        assertThat(new int[] {exact100.loOrder(), exact100.hiOrder()}).containsExactly(41, 61);
        assertThat(exact100.confidence()).as("Go: 0.9539559330706964")
                .isEqualTo(Double.longBitsToDouble(0x3fee86ce97cba44cL));
        // Small n through the approximation.
        QuantileCI approx5 = QuantileCI.of(5, 0.5, 0.95, 0);
        assertThat(new int[] {approx5.loOrder(), approx5.hiOrder()}).containsExactly(0, 5);
        assertThat(approx5.confidence()).as("Go: 0.9595356858940809")
                .isEqualTo(Double.longBitsToDouble(0x3feeb4842ec851f8L));
    }

    @Test
    void fullConfidenceGivesTheInfiniteInterval() {
        QuantileCI ci = QuantileCI.of(10, 0.5, 1);
        assertThat(ci.loOrder()).isZero();
        assertThat(ci.hiOrder()).isEqualTo(11);
        assertThat(ci.confidence()).isEqualTo(1.0);
        double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ci.lo(xs)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ci.hi(xs)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void boundsAreOrderStatistics() {
        double[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QuantileCI ci = QuantileCI.of(10, 0.5, 0.95);
        assertThat(ci.lo(xs)).isEqualTo(2.0);
        assertThat(ci.hi(xs)).isEqualTo(9.0);
    }

    @Test
    void otherQuantiles() {
        // Go: stats.QuantileCI(20, q, 0.95) for q = 0.9, 0.1, 0 (same oracle build).
        QuantileCI hi = QuantileCI.of(20, 0.9, 0.95);
        assertThat(new int[] {hi.loOrder(), hi.hiOrder()}).containsExactly(16, 21);
        assertThat(hi.confidence()).isEqualTo(Double.longBitsToDouble(0x3fee9e5085576befL));
        QuantileCI lo = QuantileCI.of(20, 0.1, 0.95);
        assertThat(new int[] {lo.loOrder(), lo.hiOrder()}).containsExactly(0, 5);
        // Not the mirror image bit for bit: Go's Pow(0.1, k) and Pow(0.9, k) round differently.
        assertThat(lo.confidence()).isEqualTo(Double.longBitsToDouble(0x3fee9e5085576bf4L));
        QuantileCI min = QuantileCI.of(20, 0, 0.95);
        assertThat(new int[] {min.loOrder(), min.hiOrder()}).containsExactly(0, 1);
        assertThat(min.confidence()).isEqualTo(1.0);
    }
}
