package dev.jbench.benchstat.stats;

/**
 * The distribution-free confidence interval of a quantile, bounded by two order statistics of the sample
 * (moremath {@code QuantileCI}).
 *
 * <p>The number of sample values below the population's q-quantile is binomial B(n, q), so the interval between
 * order statistics l and r covers the quantile with probability Pr[l <= X < r]. For n <= 30 this sums exact binomial
 * probabilities outwards from the mode, always taking the larger neighbour and preferring the left one on ties (so
 * intervals are left-biased when they cannot be symmetric); for larger n it uses the normal approximation with a
 * continuity correction. The achieved confidence is therefore at least the requested one, not equal to it.
 *
 * @param quantile   the quantile q in [0, 1] (0.5 for the median)
 * @param n          the sample size
 * @param confidence the achieved confidence level, >= the requested level
 * @param loOrder    1-based order statistic of the lower bound; 0 (or less) means the bound is -Inf
 * @param hiOrder    1-based order statistic of the upper bound; n+1 means the bound is +Inf
 * @param ambiguous  whether the interval shifted one order statistic to the right has the same confidence
 */
public record QuantileCI(double quantile, int n, double confidence, int loOrder, int hiOrder, boolean ambiguous) {

    /** Sample sizes above this use the normal approximation (moremath: 30). Package-private for tests. */
    static final int DEFAULT_APPROX_THRESHOLD = 30;

    /**
     * The confidence interval of the q-quantile for a sample of size n.
     *
     * @param n          sample size, >= 0
     * @param q          quantile in [0, 1]
     * @param confidence requested confidence level in [0, 1]; >= 1 gives the infinite interval
     */
    public static QuantileCI of(int n, double q, double confidence) {
        return of(n, q, confidence, DEFAULT_APPROX_THRESHOLD);
    }

    /** As {@link #of(int, double, double)} with the exact/approximate switch point as a test knob. */
    static QuantileCI of(int n, double q, double confidence, int approxThreshold) {
        if (confidence >= 1) {
            return new QuantileCI(q, n, 1, 0, n + 1, false);
        }
        BinomialDist samp = new BinomialDist(n, q);
        return n <= approxThreshold ? exact(samp, q, confidence) : approximate(samp, q, confidence);
    }

    private static QuantileCI exact(BinomialDist samp, double q, double confidence) {
        int n = samp.n();
        // Start at the (lower) mode; probabilities decrease monotonically away from it.
        int x = (int) (Math.ceil((n + 1) * q) - 1);
        if (q == 0) {
            x = 0;
        }
        double accum = samp.pmf(x);
        // [l, r) is the range of order-statistic intervals summed so far.
        int l = x;
        int r = x + 1;
        double lp = samp.pmf(l - 1);
        double rp = samp.pmf(r);
        boolean ambiguous = rp == accum;
        // Stop when nothing is left to add, to defend against rounding in the accumulated sum.
        while (accum < confidence && (lp > 0 || rp > 0)) {
            ambiguous = lp == rp;
            if (lp >= rp) {
                accum += lp;
                l--;
                lp = samp.pmf(l - 1);
            } else {
                accum += rp;
                r++;
                rp = samp.pmf(r);
            }
        }
        return clamped(q, n, accum, l, r, ambiguous);
    }

    private static QuantileCI approximate(BinomialDist samp, double q, double confidence) {
        int n = samp.n();
        NormalDist norm = samp.normalApprox();
        double alpha = (1 - confidence) / 2;
        double l1 = norm.invCdf(alpha);
        double r1 = 2 * norm.mu() - l1;
        // Binomial point k is the normal band [k-0.5, k+0.5]: round [l1, r1] outwards to such bands.
        int l = (int) Math.floor(Math.floor(l1 - 0.5) + 0.5) + 1;
        int r = (int) Math.floor(Math.ceil(r1 - 0.5) + 0.5) + 1;
        double achieved = bandProbability(norm, l, r);
        boolean ambiguous = false;
        // The interval is symmetric; a left-biased one may still reach the requested level with less slack.
        int rBiased = r - 1;
        double biased = bandProbability(norm, l, rBiased);
        if (biased >= confidence && biased < achieved) {
            achieved = biased;
            ambiguous = true;
            r = rBiased;
        }
        if (l <= 0 && r >= n + 1) {
            // Covers everything; the normal CDF never quite reaches 1.
            achieved = 1;
            ambiguous = false;
        }
        return clamped(q, n, achieved, l, r, ambiguous);
    }

    /** Pr[l <= X < r] under the normal approximation with continuity correction. */
    private static double bandProbability(NormalDist norm, int l, int r) {
        return norm.cdf(r - 0.5) - norm.cdf(l - 0.5);
    }

    private static QuantileCI clamped(double q, int n, double confidence, int l, int r, boolean ambiguous) {
        return new QuantileCI(q, n, confidence, Math.max(l, 0), Math.min(r, n + 1), ambiguous);
    }

    /** The lower bound for a sorted sample of size n: -Inf when loOrder < 1. */
    public double lo(double[] sorted) {
        checkSize(sorted);
        return loOrder < 1 ? Double.NEGATIVE_INFINITY : sorted[loOrder - 1];
    }

    /** The upper bound for a sorted sample of size n: +Inf when hiOrder > n. */
    public double hi(double[] sorted) {
        checkSize(sorted);
        return hiOrder - 1 >= sorted.length ? Double.POSITIVE_INFINITY : sorted[hiOrder - 1];
    }

    private void checkSize(double[] sorted) {
        if (sorted.length != n) {
            throw new IllegalArgumentException("sample size " + sorted.length + " differs from the interval's n=" + n);
        }
    }
}
