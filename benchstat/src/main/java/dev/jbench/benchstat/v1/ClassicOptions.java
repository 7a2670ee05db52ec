package dev.jbench.benchstat.v1;

import java.util.List;
import java.util.Optional;

/**
 * The parsed command line of {@code jbenchstat -v1}.
 *
 * @param deltaTest significance test for two-file comparisons
 * @param alpha     significance level in [0, 1]; 0 means the default 0.05
 * @param geomean   add a {@code [Geo mean]} row to each table
 * @param html      print an HTML page
 * @param csv       print CSV (ignored with {@code html})
 * @param noRange   CSV without the ± columns
 * @param splitBy   labels that group rows, e.g. {@code [pkg, goos, goarch]}; empty for no grouping
 * @param order     row order, empty for input order
 * @param files     input files, at least one
 */
record ClassicOptions(DeltaTest deltaTest, double alpha, boolean geomean, boolean html, boolean csv,
        boolean noRange, List<String> splitBy, Optional<RowOrder> order, List<String> files) {

    ClassicOptions {
        splitBy = List.copyOf(splitBy);
        files = List.copyOf(files);
    }
}
