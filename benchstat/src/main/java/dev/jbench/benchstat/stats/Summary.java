package dev.jbench.benchstat.stats;

import java.util.List;

/**
 * A summary of a {@link Sample}: a central value and its confidence interval (benchmath {@code Summary}).
 *
 * @param center     the central tendency (median, mode or mean, depending on the {@link Assumption})
 * @param lo         lower bound of the confidence interval; may be -Inf
 * @param hi         upper bound of the confidence interval; may be +Inf
 * @param confidence the achieved confidence level of [lo, hi] in [0, 1]; >= the requested level
 * @param warnings   caveats to show the user (e.g. {@code need >= 6 samples for confidence interval at level 0.95});
 *                   never null
 */
public record Summary(double center, double lo, double hi, double confidence, List<String> warnings) {

    /** Copies {@code warnings}. */
    public Summary {
        warnings = List.copyOf(warnings);
    }

    /**
     * The half-width of the confidence interval as a percentage of the center, as benchstat prints it in the
     * {@code ±} column: {@code ∞} if a bound is infinite; {@code ?} if a bound's sign differs from the center's;
     * {@code 0%} if the center is 0; otherwise {@code %.0f%%} of {@code 100 * max(hi/center - 1, 1 - lo/center)}
     * (negative for negative centers, e.g. {@code -4%}, exactly as Go prints it).
     */
    public String pctRangeString() {
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
            return "∞";
        }
        double csign = MathX.sign(center);
        // NaN signs compare unequal to everything, as in Go.
        if (csign != MathX.sign(lo) || csign != MathX.sign(hi)) {
            return "?";
        }
        if (center == 0) {
            return "0%";
        }
        // Math.max treats NaN and signed zeros like Go's math.Max.
        double v = Math.max(hi / center - 1, 1 - lo / center);
        return GoFloatFormat.fixed(100 * v, 0) + "%";
    }
}
