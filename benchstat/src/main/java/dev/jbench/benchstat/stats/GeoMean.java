package dev.jbench.benchstat.stats;

/**
 * The geometric mean as benchstat computes it for its geomean row (moremath {@code GeoMean}): an incremental mean
 * of logarithms, {@code m += (log(x) - m) / (i + 1)}, then {@code exp(m)}, with Go's own log and amd64 exp so that
 * CSV output (which prints all digits) is identical to Go's.
 */
public final class GeoMean {

    private GeoMean() {
    }

    /**
     * The geometric mean of {@code xs}.
     *
     * @param xs values, all > 0
     * @return the geometric mean; NaN if {@code xs} is empty or any value is <= 0 (or NaN)
     */
    public static double of(double... xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double m = 0.0;
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            if (x <= 0) {
                return Double.NaN;
            }
            double lx = GoMath.log(x);
            m += (lx - m) / (i + 1);
        }
        return GoMath.exp(m);
    }
}
