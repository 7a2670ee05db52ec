package dev.jbench.benchstat.stats;

/**
 * A normal distribution with mean {@code mu} and standard deviation {@code sigma} (moremath {@code NormalDist}).
 * The CDF goes through Go's erfc and the inverse CDF is Acklam's rational approximation refined by one Halley step,
 * exactly as in moremath, because median confidence intervals for n > 30 depend on the bits of both.
 *
 * @param mu    mean
 * @param sigma standard deviation, > 0
 */
record NormalDist(double mu, double sigma) {

    /** The standard normal distribution N(0, 1). */
    static final NormalDist STANDARD = new NormalDist(0, 1);

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    /** Pr[X <= x]. */
    double cdf(double x) {
        return Erfc.erfc(-(x - mu) / (sigma * SQRT2)) / 2;
    }

    /** The x with cdf(x) = p; -Inf for 0, +Inf for 1, NaN outside [0, 1]. */
    double invCdf(double p) {
        // Peter J. Acklam's algorithm, "An algorithm for computing the inverse normal cumulative distribution
        // function" (2003), relative error 1.15e-9 before refinement.
        final double a1 = -3.969683028665376e+01;
        final double a2 = 2.209460984245205e+02;
        final double a3 = -2.759285104469687e+02;
        final double a4 = 1.383577518672690e+02;
        final double a5 = -3.066479806614716e+01;
        final double a6 = 2.506628277459239e+00;
        final double b1 = -5.447609879822406e+01;
        final double b2 = 1.615858368580409e+02;
        final double b3 = -1.556989798598866e+02;
        final double b4 = 6.680131188771972e+01;
        final double b5 = -1.328068155288572e+01;
        final double c1 = -7.784894002430293e-03;
        final double c2 = -3.223964580411365e-01;
        final double c3 = -2.400758277161838e+00;
        final double c4 = -2.549732539343734e+00;
        final double c5 = 4.374664141464968e+00;
        final double c6 = 2.938163982698783e+00;
        final double d1 = 7.784695709041462e-03;
        final double d2 = 3.224671290700398e-01;
        final double d3 = 2.445134137142996e+00;
        final double d4 = 3.754408661907416e+00;
        final double plow = 0.02425;
        final double phigh = 1 - plow;

        if (p < 0 || p > 1) {
            return Double.NaN;
        } else if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        } else if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double x;
        if (p < plow) {
            double q = Math.sqrt(-2 * GoMath.log(p));
            x = (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
                    / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
        } else if (phigh < p) {
            double q = Math.sqrt(-2 * GoMath.log(1 - p));
            x = -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
                    / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q
                    / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1);
        }
        // One step of Halley's method brings the result to full precision.
        double e = 0.5 * Erfc.erfc(-x / SQRT2) - p;
        double u = e * SQRT_2PI * GoMath.exp(x * x / 2);
        x = x - u / (1 + x * u / 2);
        return x * sigma + mu;
    }
}
