package dev.jbench.benchstat.stats;

/**
 * A distributional assumption about a sample, which chooses the summary statistic and the comparison test
 * (benchmath {@code Assumption}). benchstat states assumptions instead of choosing tests: a unit's
 * {@code assume=exact} metadata selects {@link #EXACT}, everything else {@link #NOTHING}.
 */
public sealed interface Assumption permits AssumeNothing, AssumeExact, AssumeNormal {

    /** Non-parametric: median with an order-statistic confidence interval, Mann–Whitney U test. The default. */
    Assumption NOTHING = AssumeNothing.INSTANCE;

    /** Values are exact: the mode (warning if values differ), no test (every difference is significant). */
    Assumption EXACT = AssumeExact.INSTANCE;

    /** Normally distributed values: mean with a Student-t interval, Welch's t-test. benchstat never selects it. */
    Assumption NORMAL = AssumeNormal.INSTANCE;

    /**
     * The assumption named by a unit's {@code assume} metadata value, as benchstat maps it: {@code exact} gives
     * {@link #EXACT}, anything else (including {@code null}) gives {@link #NOTHING}.
     */
    static Assumption forMetadata(String assume) {
        return "exact".equals(assume) ? EXACT : NOTHING;
    }

    /** The name of the summary statistic, as the column header shows it: "median", "exact" or "mean". */
    String summaryLabel();

    /**
     * The summary statistic of {@code s} and its confidence interval.
     *
     * @param s          the sample
     * @param confidence requested confidence level in [0, 1], e.g. 0.95
     */
    Summary summary(Sample s, double confidence);

    /**
     * Tests whether {@code s1} (old) and {@code s2} (new) come from the same distribution. Never throws for
     * statistical reasons: a test that cannot be computed gives p = 1 and its reason as a warning.
     */
    Comparison compare(Sample s1, Sample s2);
}
