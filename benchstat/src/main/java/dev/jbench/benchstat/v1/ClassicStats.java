package dev.jbench.benchstat.v1;

import dev.jbench.benchstat.stats.Descriptive;
import java.util.Arrays;

/**
 * The summary statistics of classic benchstat ({@code internal/stats} at golang/perf 91a0461), with Go's exact
 * floating-point expression order: Hyndman-Fan R8 percentiles, Tukey outlier fences, the incremental mean.
 */
final class ClassicStats {

    private ClassicStats() {
    }

    /**
     * Percentile {@code p} in [0, 1] of {@code xs} by Hyndman and Fan's (1996) definition 8; NaN for no values.
     * {@code p <= 0} gives the minimum, {@code p >= 1} the maximum.
     */
    static double percentile(double[] xs, double p) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] s = xs.clone();
        Arrays.sort(s);
        if (p <= 0) {
            return min(xs);
        }
        if (p >= 1) {
            return max(xs);
        }
        double n = 1 / 3.0 + p * (s.length + 1 / 3.0);
        double kf = Math.floor(n); // math.Modf for n > 0
        double frac = n - kf;
        int k = (int) kf;
        if (k <= 0) {
            return s[0];
        }
        if (k >= s.length) {
            return s[s.length - 1];
        }
        return s[k - 1] + frac * (s[k] - s[k - 1]);
    }

    /** The values inside {@code [q1 - 1.5(q3-q1), q3 + 1.5(q3-q1)]}, in input order. */
    static double[] removeOutliers(double[] xs) {
        double q1 = percentile(xs, 0.25);
        double q3 = percentile(xs, 0.75);
        double lo = q1 - 1.5 * (q3 - q1);
        double hi = q3 + 1.5 * (q3 - q1);
        return Arrays.stream(xs).filter(x -> lo <= x && x <= hi).toArray();
    }

    /** Go's incremental mean {@code m += (x - m) / (i + 1)}; NaN for no values. */
    static double mean(double[] xs) {
        return Descriptive.mean(xs);
    }

    // Go's Bounds: the first value, then strict comparisons (so NaNs are skipped unless first).
    private static double min(double[] xs) {
        double m = xs[0];
        for (double x : xs) {
            if (x < m) {
                m = x;
            }
        }
        return m;
    }

    private static double max(double[] xs) {
        double m = xs[0];
        for (double x : xs) {
            if (x > m) {
                m = x;
            }
        }
        return m;
    }
}
