package dev.jbench.benchstat.table;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The geometric-mean summary of one column, shown as the table's last row.
 *
 * @param value     geometric mean of the column's cell centers; empty if some center is {@code <= 0}
 * @param valueText {@code value} scaled on its own (not with a row scale), e.g. {@code 2.295µ}; empty if no value
 * @param ratio     geometric mean of the ratios cell/baseline over rows with a baseline cell; empty in the baseline
 *                  column, if some baseline center is 0, or if some ratio is {@code <= 0}
 * @param deltaText {@code %+.2f%%} of {@code (ratio-1)*100} (so {@code +0.00%} for identical columns), {@code ?}
 *                  without a ratio, empty in the baseline column
 * @param warnings  e.g. {@code summaries must be >0 to compute geomean},
 *                  {@code benchmark set differs from baseline; geomeans may not be comparable}
 */
public record Geomean(OptionalDouble value, String valueText, OptionalDouble ratio, String deltaText,
                      List<String> warnings) {

    public Geomean {
        warnings = List.copyOf(warnings);
    }
}
