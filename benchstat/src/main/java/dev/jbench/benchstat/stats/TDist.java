package dev.jbench.benchstat.stats;

/**
 * Student's t-distribution with {@code v} degrees of freedom (moremath {@code TDist}); the CDF is the regularized
 * incomplete beta function, the inverse CDF is moremath's generic bisection.
 *
 * @param v degrees of freedom, > 0 (need not be an integer: Welch's test uses fractional ones)
 */
record TDist(double v) {

    /** Pr[T <= x]. */
    double cdf(double x) {
        if (x == 0) {
            return 0.5;
        } else if (x > 0) {
            return 1 - 0.5 * MathX.betaInc(v / (v + x * x), v / 2, 0.5);
        } else if (x < 0) {
            return 1 - cdf(-x);
        }
        return Double.NaN;
    }

    /**
     * The smallest x with cdf(x) >= y, by moremath's generic method: widen a bracket from 0 by doubling steps, then
     * bisect to an absolute tolerance of 1e-16.
     */
    double invCdf(double y) {
        if (y < 0 || y > 1) {
            return Double.NaN;
        } else if (y == 0) {
            return Double.NEGATIVE_INFINITY;
        } else if (y == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double loX = 0;
        double loY = 0;
        double hiX = 0;
        double hiY = 0;
        double x1 = 0.0;
        double y1 = cdf(0);
        double xdelta = 1.0;
        if (y1 < y) {
            hiX = x1;
            hiY = y1;
            while (hiY < y && hiX != Double.POSITIVE_INFINITY) {
                loX = hiX;
                loY = hiY;
                hiX = hiX + xdelta;
                hiY = cdf(hiX);
                xdelta *= 2;
            }
        } else {
            loX = x1;
            loY = y1;
            while (y <= loY && loX != Double.NEGATIVE_INFINITY) {
                hiX = loX;
                hiY = loY;
                loX = loX - xdelta;
                loY = cdf(loX);
                xdelta *= 2;
            }
        }
        if (loX == Double.NEGATIVE_INFINITY) {
            return loX;
        } else if (hiX == Double.POSITIVE_INFINITY) {
            return hiX;
        }
        return bisectHigh(y, loX, hiX, 1e-16);
    }

    /** Bisects for the boundary of {@code cdf(x) < y} and returns the upper end of the final bracket. */
    private double bisectHigh(double y, double low, double high, double xtol) {
        boolean flow = cdf(low) < y;
        while (true) {
            if (high - low <= xtol) {
                return high;
            }
            double mid = (high + low) / 2;
            if (mid == high || mid == low) {
                return high;
            }
            boolean fmid = cdf(mid) < y;
            if (fmid == flow) {
                low = mid;
            } else {
                high = mid;
            }
        }
    }
}
