package dev.jbench.benchstat.stats;

/**
 * The thresholds of the statistical tests applied to a {@link Sample} (benchmath {@code Thresholds}). A record so
 * that it can grow new thresholds (stationarity, normality) without new method arguments.
 *
 * @param compareAlpha the alpha level at or below which {@link Assumption#compare} rejects the null hypothesis that
 *                     two samples come from the same distribution; in [0, 1], typically 0.05
 */
public record Thresholds(double compareAlpha) {

    private static final Thresholds DEFAULTS = new Thresholds(0.05);

    /** benchstat's defaults: compareAlpha = 0.05. */
    public static Thresholds withDefaults() {
        return DEFAULTS;
    }

    /** These thresholds with another compare alpha. */
    public Thresholds withCompareAlpha(double alpha) {
        return new Thresholds(alpha);
    }
}
