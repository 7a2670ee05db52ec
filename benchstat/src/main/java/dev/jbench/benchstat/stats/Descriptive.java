package dev.jbench.benchstat.stats;

/**
 * Descriptive statistics of a sample, computed with moremath's exact floating-point expressions (benchstat prints
 * them, so the order of operations matters): incremental mean, Welford variance and the Hyndman–Fan R8 quantile.
 * All methods take the values as {@code double[]} and do not modify them.
 */
public final class Descriptive {

    private Descriptive() {
    }

    /**
     * The arithmetic mean, computed incrementally ({@code m += (x - m) / (i + 1)}) as moremath does; this is not
     * always bit-identical to sum/n. NaN for an empty array.
     */
    public static double mean(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double m = 0.0;
        for (int i = 0; i < xs.length; i++) {
            m += (xs[i] - m) / (i + 1);
        }
        return m;
    }

    /** The sample variance (denominator n-1) by Welford's online algorithm; 0 for one value, NaN for none. */
    public static double variance(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        } else if (xs.length == 1) {
            return 0;
        }
        double mean = 0.0;
        double m2 = 0.0;
        for (int n = 0; n < xs.length; n++) {
            double x = xs[n];
            double delta = x - mean;
            mean += delta / (n + 1);
            m2 += delta * (x - mean);
        }
        return m2 / (xs.length - 1);
    }

    /** The sample standard deviation, sqrt({@link #variance}). */
    public static double stdDev(double[] xs) {
        return Math.sqrt(variance(xs));
    }

    /**
     * The q-quantile of an ascending sample by interpolation method R8 of Hyndman &amp; Fan (1996), which is
     * approximately median-unbiased whatever the distribution. {@code quantile(sorted, 0.5)} is the median; for even
     * n it is not literally (a+b)/2 because the interpolation weight can be 0.5 ± 1 ulp, exactly as in Go.
     *
     * @param sorted the values in ascending order
     * @param q      the quantile; values outside [0, 1] are capped
     * @return the quantile, NaN for an empty sample
     */
    public static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        } else if (q <= 0) {
            return sorted[0];
        } else if (q >= 1) {
            return sorted[n - 1];
        }
        double pos = 1 / 3.0 + q * (n + 1 / 3.0);
        double kf = Math.floor(pos);
        double frac = pos - kf;
        int k = (int) kf;
        if (k <= 0) {
            return sorted[0];
        } else if (k >= n) {
            return sorted[n - 1];
        }
        return sorted[k - 1] + frac * (sorted[k] - sorted[k - 1]);
    }

    /**
     * The mean and its Student-t confidence interval {@code mean ± t * s / sqrt(n)} (moremath {@code MeanCI}): width
     * 0 at confidence <= 0, infinite at confidence >= 1 or when n <= 1.
     *
     * @return {mean, lo, hi}
     */
    static double[] meanCI(double[] xs, double confidence) {
        double mean = mean(xs);
        double w;
        if (confidence <= 0) {
            w = 0;
        } else if (confidence >= 1 || xs.length <= 1) {
            w = Double.POSITIVE_INFINITY;
        } else {
            double s = stdDev(xs);
            TDist tdist = new TDist(xs.length - 1);
            double alpha = (1 - confidence) / 2;
            double t = -tdist.invCdf(alpha);
            w = t * s / Math.sqrt(xs.length);
        }
        return new double[] {mean, mean - w, mean + w};
    }
}
