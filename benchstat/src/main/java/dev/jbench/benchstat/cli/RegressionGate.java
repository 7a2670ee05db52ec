package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.table.BaselineComparison;
import dev.jbench.benchstat.table.Cell;
import dev.jbench.benchstat.table.KeyField;
import dev.jbench.benchstat.table.Row;
import dev.jbench.benchstat.table.Table;
import dev.jbench.benchstat.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code -fail-on=regression}: finds the comparisons a CI job should fail on. A comparison is a regression when it
 * is significant ({@code p <= alpha}, i.e. not printed {@code ~}) and worse than {@code -threshold} in its unit's
 * bad direction ({@link dev.jbench.benchstat.table.Direction}: lower is better for {@code sec/op}, {@code B/op},
 * {@code allocs/op} and other units, higher for rates such as {@code B/s} and {@code ops/s}; a
 * {@code Unit … better=} line overrides). The rule itself is {@link BaselineComparison#isRegression}, shared with
 * the JSON output.
 */
final class RegressionGate {

    private RegressionGate() {
    }

    /**
     * One line per regression, e.g. {@code sec/op Encode/format=json-48: old.txt -> new.txt +17.20% (p=0.000 n=10)},
     * prefixed with the table key ({@code [pkg: x] }) when the tables have different keys.
     *
     * @param thresholdPercent regressions of less than this many percent are tolerated (&ge; 0)
     */
    static List<String> regressions(Tables tables, double thresholdPercent) {
        List<String> found = new ArrayList<>();
        // Name the table key only when it tells tables apart (different packages, GOOS, ...), not for every unit.
        boolean manyKeys = tables.tables().stream().map(Table::key).distinct().count() > 1;
        for (Table t : tables.tables()) {
            String where = manyKeys && !t.key().isEmpty()
                    ? t.key().stream().map(KeyField::toString).collect(Collectors.joining(", ", "[", "] "))
                    : "";
            String base = t.columns().isEmpty() ? "" : t.columns().get(0).label();
            for (Row row : t.rows()) {
                for (int c = 1; c < row.cells().size(); c++) {
                    Optional<BaselineComparison> cmp = row.cell(c).flatMap(Cell::comparison);
                    if (cmp.isPresent() && cmp.get().isRegression(thresholdPercent)) {
                        found.add(where + t.unit() + " " + row.label() + ": " + base + " -> "
                                + t.columns().get(c).label() + " " + cmp.get().deltaText()
                                + " (" + cmp.get().pnText() + ")");
                    }
                }
            }
        }
        return found;
    }
}
