package dev.jbench.benchstat.table;

import java.util.List;

/**
 * A cell compared with the baseline cell of its row (benchmath's {@code Comparison}, plus what the table shows).
 *
 * @param baselineCenter the baseline cell's center, in the table's unit
 * @param p              p-value of the test in [0,1]; 0 under the exact assumption, which always reports the delta
 * @param alpha          significance level; the change is significant iff {@code p <= alpha}
 * @param n1             number of baseline values
 * @param n2             number of values in this cell
 * @param deltaPercent   {@code (center/baselineCenter - 1) * 100}; 0 if the centers are equal, ±Infinity if only the
 *                       baseline is 0
 * @param deltaText      as printed: {@code ~} (not significant), {@code 0.00%}, {@code ?} (baseline 0), or
 *                       {@code %+.2f%%}, e.g. {@code -17.20%}
 * @param pnText         as printed inside parentheses: {@code p=0.000 n=10}, {@code n=5+3}
 * @param change         verdict in the unit's {@link Direction}: unchanged unless significant and different
 * @param warnings       caveats of the comparison, e.g. {@code need >= 4 samples to detect a difference at alpha
 *                       level 0.05}, {@code all samples are equal}
 */
public record BaselineComparison(double baselineCenter, double p, double alpha, int n1, int n2, double deltaPercent,
                                 String deltaText, String pnText, Direction.Change change, List<String> warnings) {

    public BaselineComparison {
        warnings = List.copyOf(warnings);
    }

    /** Whether the difference is statistically significant: {@code p <= alpha} (benchstat prints {@code ~} else). */
    public boolean significant() {
        return !(p > alpha);
    }

    /**
     * Whether this is a regression of at least {@code thresholdPercent} (e.g. 5 for 5%): significant, worse in the
     * unit's direction, and {@code |deltaPercent| >= thresholdPercent}.
     */
    public boolean isRegression(double thresholdPercent) {
        return change == Direction.Change.WORSE && Math.abs(deltaPercent) >= thresholdPercent;
    }

    /** Like {@link #isRegression} for improvements. */
    public boolean isImprovement(double thresholdPercent) {
        return change == Direction.Change.BETTER && Math.abs(deltaPercent) >= thresholdPercent;
    }
}
