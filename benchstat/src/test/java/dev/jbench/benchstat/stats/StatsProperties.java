package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the U test and the median confidence interval that hold for any input. */
class StatsProperties {

    private static final MannWhitneyUTest U = MannWhitneyUTest.withDefaults();

    /** Small integer values, so that ties are common; sizes cover the exact and the approximate paths. */
    @Provide
    Arbitrary<double[]> tiedSample() {
        return Arbitraries.integers().between(0, 12).map(i -> (double) i)
                .list().ofMinSize(1).ofMaxSize(28)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Distinct values (no ties), sizes 1..60 across the exact limit of 50. */
    @Provide
    Arbitrary<double[]> distinctSample() {
        return Arbitraries.integers().between(-100_000, 100_000).set().ofMinSize(1).ofMaxSize(60)
                .map(s -> s.stream().mapToDouble(Integer::doubleValue).toArray());
    }

    private static boolean allEqual(double[] a, double[] b) {
        double v = a[0];
        return Arrays.stream(a).allMatch(x -> x == v) && Arrays.stream(b).allMatch(x -> x == v);
    }

    @Property(tries = 150)
    void uStatisticsOfBothSamplesSumToN1N2(@ForAll("tiedSample") double[] a, @ForAll("tiedSample") double[] b) {
        Assume.that(!allEqual(a, b));
        double u1 = U.test(a, b).u();
        double u2 = U.test(b, a).u();
        assertThat(u1 + u2).isEqualTo((double) a.length * b.length);
        assertThat(u1).isBetween(0.0, (double) a.length * b.length);
    }

    @Property(tries = 100)
    void swappingUntiedSamplesLeavesTheTwoSidedPUnchanged(@ForAll("distinctSample") double[] a,
            @ForAll("distinctSample") double[] b) {
        Assume.that(Arrays.stream(a).noneMatch(x -> Arrays.stream(b).anyMatch(y -> y == x)));
        double p = U.test(a, b).p();
        double swapped = U.test(b, a).p();
        // Exact path: identical; normal approximation: Φ(z) and 1-Φ(-z) agree to rounding.
        assertThat(swapped).isCloseTo(p, within(1e-12));
    }

    @Property(tries = 150)
    void swappingMirrorsTheOneSidedAlternatives(@ForAll("tiedSample") double[] a, @ForAll("tiedSample") double[] b) {
        Assume.that(!allEqual(a, b));
        double less = U.withAlternative(AlternativeHypothesis.LESS).test(a, b).p();
        double greaterSwapped = U.withAlternative(AlternativeHypothesis.GREATER).test(b, a).p();
        assertThat(greaterSwapped).isCloseTo(less, within(1e-12));
    }

    @Property(tries = 100)
    void pIsAProbability(@ForAll("tiedSample") double[] a, @ForAll("tiedSample") double[] b) {
        Assume.that(!allEqual(a, b));
        for (AlternativeHypothesis alt : AlternativeHypothesis.values()) {
            double p = U.withAlternative(alt).test(a, b).p();
            assertThat(p).as("%s", alt).isBetween(0.0, 1.0);
            // A rank test of two non-empty samples can never be certain.
            assertThat(p).as("%s", alt).isPositive();
        }
    }

    @Property(tries = 100)
    void uAndPAreInvariantUnderStrictlyIncreasingTransforms(@ForAll("tiedSample") double[] a,
            @ForAll("tiedSample") double[] b) {
        Assume.that(!allEqual(a, b));
        MannWhitneyUTest.Result original = U.test(a, b);
        List<DoubleUnaryOperator> transforms =
                List.of(x -> 2 * x + 1000, x -> x * x * x - 7, x -> Math.exp(x / 7), x -> Math.log(x + 1));
        for (DoubleUnaryOperator f : transforms) {
            MannWhitneyUTest.Result transformed =
                    U.test(Arrays.stream(a).map(f).toArray(), Arrays.stream(b).map(f).toArray());
            assertThat(transformed.u()).isEqualTo(original.u());
            assertThat(transformed.p()).isEqualTo(original.p());
        }
    }

    @Property(tries = 100)
    void tiedCountsEqualBruteForceEnumeration(@ForAll("tiedSample") double[] a, @ForAll("tiedSample") double[] b) {
        Assume.that(a.length + b.length <= 14);
        MannWhitneyUTest.RankSum ranks = MannWhitneyUTest.RankSum.of(a, b);
        long[] counts = UDist.countArrangements(a.length, b.length, ranks.ties());
        long[] brute = enumerate(a.length, b.length, ranks.ties());
        assertThat(counts).containsExactly(brute);
        assertThat(Arrays.stream(counts).sum())
                .isEqualTo(binomial(a.length + b.length, a.length).longValueExact());
    }

    /** Counts 2U over every choice of positions for the first sample in the merged, tie-grouped order. */
    private static long[] enumerate(int n1, int n2, int[] ties) {
        int n = n1 + n2;
        double[] value = new double[n];
        int pos = 0;
        for (int g = 0; g < ties.length; g++) {
            for (int i = 0; i < ties[g]; i++) {
                value[pos++] = g;
            }
        }
        long[] counts = new long[2 * n1 * n2 + 1];
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != n1) {
                continue;
            }
            int twoU = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if ((mask & (1 << j)) != 0) {
                        continue;
                    }
                    twoU += value[i] > value[j] ? 2 : value[i] == value[j] ? 1 : 0;
                }
            }
            counts[twoU]++;
        }
        return counts;
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }

    @Property(tries = 60)
    void medianIntervalContainsTheMedianAtTheRequestedConfidence(
            @ForAll("randomSample") double[] xs,
            @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double confidence) {
        Summary s = Assumption.NOTHING.summary(Sample.of(xs), confidence);
        assertThat(s.lo()).isLessThanOrEqualTo(s.center());
        assertThat(s.hi()).isGreaterThanOrEqualTo(s.center());
        assertThat(s.confidence()).isGreaterThanOrEqualTo(confidence).isLessThanOrEqualTo(1.0);
        assertThat(s.warnings().isEmpty()).isEqualTo(Double.isFinite(s.lo()) && Double.isFinite(s.hi()));
    }

    @Provide
    Arbitrary<double[]> randomSample() {
        return Arbitraries.doubles().between(-1e6, 1e6).list().ofMinSize(1).ofMaxSize(80)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property(tries = 150)
    void quantileIntervalOrdersAreConsistent(@ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) @Scale(3) double q,
            @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(4) double confidence) {
        QuantileCI ci = QuantileCI.of(n, q, confidence);
        assertThat(ci.loOrder()).isBetween(0, n);
        assertThat(ci.hiOrder()).isBetween(1, n + 1);
        assertThat(ci.loOrder()).isLessThan(ci.hiOrder());
        assertThat(ci.confidence()).isGreaterThanOrEqualTo(confidence);
    }

    @Property(tries = 200)
    void shortestFormattingReadsBack(@ForAll double v) {
        Assume.that(Double.isFinite(v));
        String s = GoFloatFormat.shortest(v);
        assertThat(Double.parseDouble(s)).isEqualTo(v);
        assertThat(s.length()).isLessThanOrEqualTo(Double.toString(v).length() + 4);
    }
}
