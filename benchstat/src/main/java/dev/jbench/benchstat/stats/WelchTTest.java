package dev.jbench.benchstat.stats;

/**
 * Welch's two-sample t-test (unequal variances) of the null hypothesis that two samples come from populations with
 * equal means (moremath {@code TwoSampleWelchTTest}, Welch 1947). v1 benchstat uses it for {@code -delta-test ttest}
 * and benchstat's {@code assume=normal} for comparisons.
 *
 * <p>Degrees of freedom by the Welch–Satterthwaite equation, the p-value from Student's t CDF via the regularized
 * incomplete beta function; every step in moremath's floating-point order. Immutable; configure with
 * {@code with…()}.
 */
public final class WelchTTest {

    private static final WelchTTest DEFAULTS = new WelchTTest(AlternativeHypothesis.TWO_SIDED);

    private final AlternativeHypothesis alternative;

    private WelchTTest(AlternativeHypothesis alternative) {
        this.alternative = alternative;
    }

    /** A two-sided test. */
    public static WelchTTest withDefaults() {
        return DEFAULTS;
    }

    /** This test with another alternative hypothesis. */
    public WelchTTest withAlternative(AlternativeHypothesis alternative) {
        return new WelchTTest(alternative);
    }

    /** The alternative hypothesis tested. */
    public AlternativeHypothesis alternative() {
        return alternative;
    }

    /**
     * The result of a t-test.
     *
     * @param n1          size of the first sample
     * @param n2          size of the second sample
     * @param t           the t statistic, (mean1 - mean2) / sqrt(v1/n1 + v2/n2)
     * @param dof         the (fractional) degrees of freedom
     * @param alternative the alternative hypothesis tested
     * @param p           the p-value
     */
    public record Result(int n1, int n2, double t, double dof, AlternativeHypothesis alternative, double p) {
    }

    /**
     * Runs the test.
     *
     * @param x1 the first sample (not modified)
     * @param x2 the second sample (not modified)
     * @throws StatsException {@code sample is too small} if a sample has fewer than 2 values,
     *                        {@code sample has zero variance} if both variances are 0
     */
    public Result test(double[] x1, double[] x2) {
        double n1 = x1.length;
        double n2 = x2.length;
        if (n1 <= 1 || n2 <= 1) {
            throw new StatsException(StatsException.Reason.SAMPLE_TOO_SMALL);
        }
        double v1 = Descriptive.variance(x1);
        double v2 = Descriptive.variance(x2);
        if (v1 == 0 && v2 == 0) {
            throw new StatsException(StatsException.Reason.ZERO_VARIANCE);
        }
        double dof = GoMath.pow(v1 / n1 + v2 / n2, 2)
                / (GoMath.pow(v1 / n1, 2) / (n1 - 1) + GoMath.pow(v2 / n2, 2) / (n2 - 1));
        double s = Math.sqrt(v1 / n1 + v2 / n2);
        double t = (Descriptive.mean(x1) - Descriptive.mean(x2)) / s;
        return new Result(x1.length, x2.length, t, dof, alternative, pValue(t, dof, alternative));
    }

    static double pValue(double t, double dof, AlternativeHypothesis alternative) {
        TDist dist = new TDist(dof);
        switch (alternative) {
            case LESS:
                return dist.cdf(t);
            case GREATER:
                return 1 - dist.cdf(t);
            default:
                return 2 * (1 - dist.cdf(Math.abs(t)));
        }
    }
}
