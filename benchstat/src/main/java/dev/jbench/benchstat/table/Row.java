package dev.jbench.benchstat.table;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table.
 *
 * @param label the row key's non-empty values joined by a space, e.g. {@code Encode/format=json-48}
 * @param cells one entry per {@link Table#columns()} column, empty where the row has no values in that column
 */
public record Row(String label, List<Optional<Cell>> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code column} (0 = baseline), if any. */
    public Optional<Cell> cell(int column) {
        return cells.get(column);
    }
}
