package dev.jbench.benchstat.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The non-parametric assumption, benchstat's default (benchmath {@code AssumeNothing}): the summary is the sample
 * median with a distribution-free order-statistic confidence interval ({@link QuantileCI}), comparisons use the
 * {@link MannWhitneyUTest}. Benchmark results are rarely normal, so this is the right default; its cost is less
 * statistical power than a parametric test.
 */
public final class AssumeNothing implements Assumption {

    static final AssumeNothing INSTANCE = new AssumeNothing();

    /** Samples larger than this are not searched for the minimum size of a finite interval. */
    private static final int MEDIAN_SAMPLES_LIMIT = 50;

    /**
     * U_TEST_MIN_P[n] is the smallest possible two-sided U-test p-value for two samples of size n (the samples
     * completely separated), as benchmath tabulates it ({@code mktables.go}, with tied samples, hence 2/C(2n,n)
     * rounded once). Index 0 is unused.
     */
    static final double[] U_TEST_MIN_P = {
        Double.NaN,
        1,
        0.3333333333333333,
        0.1,
        0.02857142857142857,
        0.007936507936507936,
        0.0021645021645021645,
        0.0005827505827505828,
        0.0001554001554001554,
        4.113533525298231e-05,
    };

    private static final Map<CiKey, QuantileCI> MEDIAN_CACHE = new ConcurrentHashMap<>();

    private record CiKey(int n, double confidence) {
        // Hand-written: a record's generated equals/hashCode bootstrap through ObjectMethods and spin
        // method-handle classes on first use, ~25 classes that jbenchstat's start-up cannot afford (cli perf).
        @Override
        public boolean equals(Object o) {
            return o instanceof CiKey k && k.n == n && Double.compare(k.confidence, confidence) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * n + Double.hashCode(confidence);
        }
    }

    private AssumeNothing() {
    }

    @Override
    public String summaryLabel() {
        return "median";
    }

    /**
     * The median and its confidence interval; if a bound is infinite (too few values for the level), a warning
     * says how many are needed, e.g. {@code need >= 6 samples for confidence interval at level 0.95}.
     */
    @Override
    public Summary summary(Sample s, double confidence) {
        double[] xs = s.sortedValues();
        QuantileCI ci = medianCI(xs.length, confidence);
        double median = Descriptive.quantile(xs, 0.5);
        double lo = ci.lo(xs);
        double hi = ci.hi(xs);
        List<String> warnings = new ArrayList<>();
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
            warnings.add(neededForInterval(confidence) + " samples for confidence interval at level "
                    + GoFloatFormat.shortest(confidence));
        }
        return new Summary(median, lo, hi, ci.confidence(), warnings);
    }

    static QuantileCI medianCI(int n, double confidence) {
        return MEDIAN_CACHE.computeIfAbsent(new CiKey(n, confidence), k -> QuantileCI.of(k.n(), 0.5, k.confidence()));
    }

    /** "need >= N" for the smallest N in 2..50 with a finite interval at this level, else "need > 50". */
    static String neededForInterval(double confidence) {
        // At least two samples are needed for an interval.
        for (int n = 2; n <= MEDIAN_SAMPLES_LIMIT; n++) {
            QuantileCI ci = medianCI(n, confidence);
            if (0 < ci.loOrder() && ci.hiOrder() <= n) {
                return "need >= " + n;
            }
        }
        return "need > " + MEDIAN_SAMPLES_LIMIT;
    }

    /**
     * The U test of {@code s1} against {@code s2} at {@code s1}'s alpha. A failed test (all values equal) gives
     * p = 1 with the reason as a warning. When the difference is not significant and both samples are smaller than
     * the size at which even completely separated samples could reach alpha, a warning says so, e.g.
     * {@code need >= 4 samples to detect a difference at alpha level 0.05}.
     */
    @Override
    public Comparison compare(Sample s1, Sample s2) {
        double alpha = s1.thresholds().compareAlpha();
        int n1 = s1.size();
        int n2 = s2.size();
        double p;
        try {
            p = MannWhitneyUTest.withDefaults().test(s1.sortedValues(), s2.sortedValues()).p();
        } catch (StatsException e) {
            return new Comparison(1, n1, n2, alpha, List.of(e.getMessage()));
        }
        List<String> warnings = new ArrayList<>();
        if (p > alpha) {
            int n = neededToDetect(alpha);
            if (n1 < n && n2 < n) {
                // Unequal sizes could be handled by ramping up the smaller sample first; benchstat doesn't bother.
                String op = n < U_TEST_MIN_P.length ? ">=" : ">";
                warnings.add("need " + op + " " + n + " samples to detect a difference at alpha level "
                        + GoFloatFormat.shortest(alpha));
            }
        }
        return new Comparison(p, n1, n2, alpha, warnings);
    }

    /**
     * The smallest n whose minimum p-value is <= alpha, or the table length (10) if none is: benchstat then says
     * "need > 10" although its table stops at 9.
     */
    static int neededToDetect(double alpha) {
        for (int n = 1; n < U_TEST_MIN_P.length; n++) {
            if (U_TEST_MIN_P[n] <= alpha) {
                return n;
            }
        }
        return U_TEST_MIN_P.length;
    }

    @Override
    public String toString() {
        return "AssumeNothing";
    }
}
