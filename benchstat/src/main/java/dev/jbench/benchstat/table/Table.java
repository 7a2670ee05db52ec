package dev.jbench.benchstat.table;

import java.util.List;

/**
 * One comparison table: all values of one unit under one table key, arranged by row and column key. The first
 * column is the baseline; every other cell is compared with the baseline cell of its row.
 *
 * @param key          the table key's fields except {@code .unit}, in projection order (the same field names for
 *                     every table of a {@link Tables})
 * @param unit         the (tidied) unit of every value, e.g. {@code sec/op}, {@code B/s}
 * @param better       which way the unit improves (from {@code Unit … better=} or the unit's name)
 * @param summaryLabel what the centers are: {@code median}, or {@code exact} for units with {@code assume=exact}
 * @param columnFields names of the column projection's fields, e.g. {@code [.file]}
 * @param columns      columns in display order; column 0 is the baseline
 * @param rows         rows in display order
 * @param geomeans     one summary per column (same order as {@code columns})
 */
public record Table(List<KeyField> key, String unit, Direction better, String summaryLabel,
                    List<String> columnFields, List<Column> columns, List<Row> rows, List<Geomean> geomeans) {

    /** The label of the summary row. */
    public static final String GEOMEAN_LABEL = "geomean";

    public Table {
        key = List.copyOf(key);
        columnFields = List.copyOf(columnFields);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        geomeans = List.copyOf(geomeans);
    }

    /** Whether text-like outputs show the geomean row: only for tables with more than one row (CSV always does). */
    public boolean showsGeomean() {
        return rows.size() > 1;
    }
}
