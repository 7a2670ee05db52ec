package dev.jbench.benchstat.table;

import java.util.List;

/**
 * The finished comparison: tables in display order (sorted by table key, then unit in order of first appearance).
 *
 * @param tables the tables; empty if no result was added
 */
public record Tables(List<Table> tables) {

    public Tables {
        tables = List.copyOf(tables);
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }
}
