package dev.jbench.benchstat.stats;

import java.util.List;

/**
 * The result of testing whether two samples come from the same distribution (benchmath {@code Comparison}).
 *
 * @param p        the p-value of the null hypothesis that both samples come from the same distribution, in [0, 1];
 *                 0 means the result is exact (no test was needed)
 * @param n1       size of the first (old) sample
 * @param n2       size of the second (new) sample
 * @param alpha    the significance level: the difference is significant when {@code p <= alpha}
 * @param warnings caveats to show the user (e.g. {@code all samples are equal}); never null
 */
public record Comparison(double p, int n1, int n2, double alpha, List<String> warnings) {

    /** Copies {@code warnings}. */
    public Comparison {
        warnings = List.copyOf(warnings);
    }

    /**
     * The change from {@code oldCenter} to {@code newCenter} as benchstat prints it: {@code ~} when the difference is
     * not significant ({@code p > alpha}; note that p == alpha <em>is</em> significant, as in Go), {@code 0.00%} when
     * the centers are equal, {@code ?} when the old center is 0, otherwise {@code %+.2f%%} of
     * {@code (new/old - 1) * 100} (e.g. {@code +12.31%}, {@code -0.00%}).
     */
    public String formatDelta(double oldCenter, double newCenter) {
        if (p > alpha) {
            return "~";
        }
        if (oldCenter == newCenter) {
            return "0.00%";
        }
        if (oldCenter == 0) {
            return "?";
        }
        double pct = ((newCenter / oldCenter) - 1.0) * 100.0;
        return GoFloatFormat.fixed(pct, 2, true) + "%";
    }

    /**
     * benchstat's comparison note: {@code p=%0.3f } only when p != 0, then {@code n=N} when both sizes are equal or
     * {@code n=N1+N2} otherwise (e.g. {@code p=0.000 n=10}, {@code p=1.000 n=5+3}, {@code n=1}).
     */
    @Override
    public String toString() {
        String s = p != 0 ? "p=" + GoFloatFormat.fixed(p, 3) + " " : "";
        if (n1 == n2) {
            return s + "n=" + n1;
        }
        return s + "n=" + n1 + "+" + n2;
    }
}
