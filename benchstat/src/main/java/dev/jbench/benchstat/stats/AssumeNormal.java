package dev.jbench.benchstat.stats;

import java.util.List;

/**
 * The assumption that a sample is normally distributed (benchmath {@code AssumeNormal}): the summary is the mean with
 * a Student-t confidence interval, comparisons use Welch's t-test. benchstat's command line never selects it (only
 * {@code assume=exact} is recognised); it is here for API parity.
 *
 * <p>As in Go, its comparisons carry alpha = 0 (benchmath does not copy the sample's threshold), so
 * {@link Comparison#formatDelta} reports {@code ~} unless p is exactly 0.
 */
public final class AssumeNormal implements Assumption {

    static final AssumeNormal INSTANCE = new AssumeNormal();

    private AssumeNormal() {
    }

    @Override
    public String summaryLabel() {
        return "mean";
    }

    /** The mean and {@code mean ± t * s / sqrt(n)}; the confidence is the requested one. No normality test. */
    @Override
    public Summary summary(Sample s, double confidence) {
        double[] ci = Descriptive.meanCI(s.sortedValues(), confidence);
        return new Summary(ci[0], ci[1], ci[2], confidence, List.of());
    }

    @Override
    public Comparison compare(Sample s1, Sample s2) {
        try {
            WelchTTest.Result t = WelchTTest.withDefaults().test(s1.sortedValues(), s2.sortedValues());
            return new Comparison(t.p(), s1.size(), s2.size(), 0, List.of());
        } catch (StatsException e) {
            // The t-test failed: report no significant difference, with the reason.
            return new Comparison(1, s1.size(), s2.size(), 0, List.of(e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return "AssumeNormal";
    }
}
