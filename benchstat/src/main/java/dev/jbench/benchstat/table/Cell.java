package dev.jbench.benchstat.table;

import java.util.List;
import java.util.Optional;

/**
 * One cell of a table: the summary of all values with the same table, row and column key.
 *
 * @param center     the center (median, or mode under {@code assume=exact}) in the table's unit, e.g. seconds
 * @param lo         lower end of the confidence interval; {@code -Infinity} when there are too few values
 * @param hi         upper end of the confidence interval; {@code +Infinity} when there are too few values
 * @param confidence achieved confidence of [lo, hi] in [0,1] (1 under {@code assume=exact})
 * @param n          number of values
 * @param centerText the center scaled with the row's common scale, e.g. {@code 1.718µ}
 * @param rangeText  the interval as printed after {@code ±}: {@code 1%}, {@code ∞}, {@code ?} or {@code 0%}
 * @param warnings   caveats of the sample and its summary in that order, e.g. {@code benchmarks vary in .fullname},
 *                   {@code need >= 6 samples for confidence interval at level 0.95}
 * @param comparison the comparison with the baseline cell of the row; empty in the baseline column or when the row
 *                   has no baseline cell
 */
public record Cell(double center, double lo, double hi, double confidence, int n, String centerText,
                   String rangeText, List<String> warnings, Optional<BaselineComparison> comparison) {

    public Cell {
        warnings = List.copyOf(warnings);
    }
}
