package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/** The comparison table of one unit: rows of benchmarks, columns of input files. */
final class Table {

    /** The metric name ({@code time/op}, {@code speed}, ...) shown in the header. */
    final String metric;
    /** Input file names, one column each. */
    final List<String> configs;
    final List<Row> rows = new ArrayList<>();

    Table(String metric, List<String> configs) {
        this.metric = metric;
        this.configs = List.copyOf(configs);
    }

    /** Whether this is an old/new/delta table (exactly two input files). */
    boolean oldNewDelta() {
        return configs.size() == 2;
    }
}
