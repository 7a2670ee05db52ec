package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/** One table row: a benchmark (or the {@code [Geo mean]} row) with one cell per input file and the delta. */
final class Row {

    /** Better (+1: smaller, or larger for {@code speed}), worse (-1) or no significant change (0). */
    enum Change {
        BETTER(1), UNCHANGED(0), WORSE(-1);

        final int sign;

        Change(int sign) {
            this.sign = sign;
        }
    }

    final String benchmark;
    final String group;
    final List<Metrics> metrics = new ArrayList<>();
    Scaler scaler;
    /** Unformatted percent change; 0 when not significant. */
    double pctDelta;
    /** Formatted change: {@code ~}, {@code 0.00%}, {@code +1.23%}, or empty. */
    String delta = "";
    /** {@code (p=0.000 n=10+10)}, {@code (all equal)}, ... or empty. */
    String note = "";
    Change change = Change.UNCHANGED;

    Row(String benchmark, String group) {
        this.benchmark = benchmark;
        this.group = group;
    }
}
