package dev.jbench.benchstat.stats;

/**
 * The special functions of go-moremath's {@code mathx} that benchstat uses: binomial coefficients, the regularized
 * incomplete beta function and the sign function, with moremath's algorithms (so that results agree with Go's).
 */
final class MathX {

    private MathX() {
    }

    /** 20! is the largest factorial that fits in a long (62 bits). */
    private static final int SMALL_FACT_LIMIT = 20;
    private static final long[] SMALL_FACT = new long[SMALL_FACT_LIMIT + 1];

    static {
        SMALL_FACT[0] = 1;
        for (int n = 1; n <= SMALL_FACT_LIMIT; n++) {
            SMALL_FACT[n] = SMALL_FACT[n - 1] * n;
        }
    }

    /**
     * The binomial coefficient C(n, k) as moremath computes it: exact (integer arithmetic) for n <= 20, otherwise
     * {@code exp(lgamma(n+1) - lgamma(k+1) - lgamma(n-k+1))}, which is accurate to a few ulps only. 0 when k is out
     * of range.
     */
    static double choose(int n, int k) {
        if (k == 0 || k == n) {
            return 1;
        }
        if (k < 0 || n < k) {
            return 0;
        }
        if (n <= SMALL_FACT_LIMIT) {
            long numer = 1;
            for (long n1 = n - (k - 1); n1 <= n; n1++) {
                numer *= n1;
            }
            return (double) (numer / SMALL_FACT[k]);
        }
        return GoMath.exp(lchoose(n, k));
    }

    private static double lchoose(int n, int k) {
        double a = Lgamma.lgamma(n + 1);
        double b = Lgamma.lgamma(k + 1);
        double c = Lgamma.lgamma(n - k + 1);
        return a - b - c;
    }

    /** -1 if x < 0, 0 if x == 0 (either sign), 1 if x > 0, NaN if x is NaN. */
    static double sign(double x) {
        if (x == 0) {
            return 0;
        } else if (x < 0) {
            return -1;
        } else if (x > 0) {
            return 1;
        }
        return Double.NaN;
    }

    /**
     * The regularized incomplete beta function I_x(a, b), by the continued fraction of Numerical Recipes §6.4 as in
     * moremath. NaN if x is outside [0, 1].
     */
    static double betaInc(double x, double a, double b) {
        if (x < 0 || x > 1) {
            return Double.NaN;
        }
        double bt = 0.0;
        if (0 < x && x < 1) {
            // The factor in front of the continued fraction.
            bt = GoMath.exp(Lgamma.lgamma(a + b) - Lgamma.lgamma(a) - Lgamma.lgamma(b)
                    + a * GoMath.log(x) + b * GoMath.log(1 - x));
        }
        if (x < (a + 1) / (a + b + 2)) {
            return bt * betaContinuedFraction(x, a, b) / a;
        }
        // The continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 - I_1-x(b,a).
        return 1 - bt * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        final int maxIterations = 200;
        final double epsilon = 3e-14;

        double c = 1.0;
        double d = 1 / raiseZero(1 - (a + b) * x / (a + 1));
        double h = d;
        for (int m = 1; m <= maxIterations; m++) {
            double mf = m;

            // Even step of the recurrence.
            double numer = mf * (b - mf) * x / ((a + 2 * mf - 1) * (a + 2 * mf));
            d = 1 / raiseZero(1 + numer * d);
            c = raiseZero(1 + numer / c);
            h *= d * c;

            // Odd step of the recurrence.
            numer = -(a + mf) * (a + b + mf) * x / ((a + 2 * mf) * (a + 2 * mf + 1));
            d = 1 / raiseZero(1 + numer * d);
            c = raiseZero(1 + numer / c);
            double hfac = d * c;
            h *= hfac;

            if (Math.abs(hfac - 1) < epsilon) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta function: a or b too big; failed to converge (a=" + a
                + ", b=" + b + ")");
    }

    private static double raiseZero(double z) {
        return Math.abs(z) < Double.MIN_VALUE ? Double.MIN_VALUE : z;
    }
}
