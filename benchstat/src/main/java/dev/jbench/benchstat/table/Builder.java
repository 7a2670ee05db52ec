package dev.jbench.benchstat.table;

import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.SyntaxError;
import dev.jbench.benchstat.format.UnitMetadata;
import dev.jbench.benchstat.format.Value;
import dev.jbench.benchstat.projection.Field;
import dev.jbench.benchstat.projection.Filter;
import dev.jbench.benchstat.projection.Key;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.stats.Thresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects benchmark results into cells and finishes them into {@link Tables} (benchtab's {@code Builder}).
 *
 * <p>Each measurement of a result that passes the filter goes to the cell (table key incl. unit, row key, column
 * key) of the four projections. Each cell remembers the residue keys of its results: if they differ, the cell gets
 * the warning {@code benchmarks vary in <fields>} because it mixes results that the projections don't tell apart.
 * Usage: {@code add} every record as it is read, then call {@link #toTables} once. Not thread-safe.
 */
public final class Builder {

    private final Projection tableBy;
    private final Projection rowBy;
    private final Projection colBy;
    private final Projection residue;
    private final Field unitField;
    private final Filter filter;

    private final Map<Key, CollectedTable> tables = new HashMap<>();
    /** A shortcut from a row key to its cells in the first few tables it appears in (see {@link RowCells}). */
    private final Map<Key, RowCells> rowCells = new HashMap<>();
    /** The previous result's tables by measurement index (see {@link #table}). */
    private Key[] lastTableKeys = new Key[0];
    private CollectedTable[] lastTables = new CollectedTable[0];
    /** Unit metadata by tidied unit, then key; the first value set wins (the reader reports conflicts). */
    private final Map<String, Map<String, String>> unitMetadata = new HashMap<>();

    /**
     * The values and residue keys of one cell. Kept compact because a big comparison has ~10^5 cells and 10^6
     * values: a growable {@code double[]} instead of boxed doubles, and a residue set only once a second distinct
     * residue key appears (keys are interned, so identity is equality).
     */
    static final class CollectedCell {
        private double[] values = new double[10];
        private int n;
        private Key firstResidue;
        private Set<Key> residues;

        void add(double value, Key residue) {
            if (n == values.length) {
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            values[n++] = value;
            if (firstResidue == null) {
                firstResidue = residue;
            } else if (residue != firstResidue) {
                if (residues == null) {
                    residues = new LinkedHashSet<>();
                    residues.add(firstResidue);
                }
                residues.add(residue);
            }
        }

        double[] valueArray() {
            return java.util.Arrays.copyOf(values, n);
        }

        /** The distinct residue keys in order of first appearance. */
        Set<Key> residues() {
            return residues != null ? residues : firstResidue == null ? Set.of() : Set.of(firstResidue);
        }
    }

    /** The cells of one row: a handful of columns, found by identity (keys are interned). */
    static final class CollectedRow {
        private Key[] cols = new Key[2];
        private CollectedCell[] cells = new CollectedCell[2];
        private int n;

        CollectedCell get(Key col) {
            for (int i = 0; i < n; i++) {
                if (cols[i] == col) {
                    return cells[i];
                }
            }
            return null;
        }

        void put(Key col, CollectedCell cell) {
            if (n == cols.length) {
                cols = java.util.Arrays.copyOf(cols, n * 2);
                cells = java.util.Arrays.copyOf(cells, n * 2);
            }
            cols[n] = col;
            cells[n++] = cell;
        }
    }

    /**
     * The cells of one row key in up to {@link #MAX} tables, so that a result with several units costs one row
     * lookup instead of one per unit. Tables are usually found at the measurement's index (units come in the same
     * order); a row found in more tables than {@code MAX} falls back to the tables' own maps, which keeps this
     * bounded when there are thousands of tables.
     */
    static final class RowCells {
        static final int MAX = 8;
        private final CollectedTable[] tables = new CollectedTable[MAX];
        private final CollectedRow[] rows = new CollectedRow[MAX];
        private int n;

        CollectedRow get(int hint, CollectedTable t) {
            if (hint < n && tables[hint] == t) {
                return rows[hint];
            }
            for (int i = 0; i < n; i++) {
                if (tables[i] == t) {
                    return rows[i];
                }
            }
            return null;
        }

        void put(CollectedTable t, CollectedRow row) {
            if (n < MAX) {
                tables[n] = t;
                rows[n++] = row;
            }
        }
    }

    /** The cells of one table, with the row and column keys seen in it. */
    static final class CollectedTable {
        final Set<Key> rows = new LinkedHashSet<>();
        final Set<Key> cols = new LinkedHashSet<>();
        final Map<Key, CollectedRow> cells = new HashMap<>(); // row -> col -> cell

        CollectedCell cell(Key row, Key col) {
            CollectedRow byCol = cells.get(row);
            return byCol == null ? null : byCol.get(col);
        }
    }

    /**
     * A builder splitting results by the given projections.
     *
     * @param tableBy projection into tables; must have a {@code .unit} field (parsed "with unit")
     * @param rowBy   projection into rows
     * @param colBy   projection into columns; the first column of each table is its baseline
     * @param residue the fields not covered by the other projections (the parser's residue), for the
     *                "benchmarks vary in" warning
     * @param filter  which results and measurements to keep ({@link Filter#all()} keeps everything)
     * @throws IllegalArgumentException if {@code tableBy} has no {@code .unit} field
     */
    public Builder(Projection tableBy, Projection rowBy, Projection colBy, Projection residue, Filter filter) {
        this.tableBy = Objects.requireNonNull(tableBy, "tableBy");
        this.rowBy = Objects.requireNonNull(rowBy, "rowBy");
        this.colBy = Objects.requireNonNull(colBy, "colBy");
        this.residue = Objects.requireNonNull(residue, "residue");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.unitField = tableBy.unitField()
                .orElseThrow(() -> new IllegalArgumentException("table projection has no .unit field"));
    }

    /**
     * Takes one record of the input stream: a result is filtered and added; unit metadata is remembered for
     * {@link #toTables} ({@code assume=exact}, {@code better=higher|lower}); a syntax error is ignored (the caller
     * reports it).
     */
    public void add(Record record) {
        if (record instanceof Result r) {
            add(r);
        } else if (record instanceof UnitMetadata m) {
            unitMetadata.computeIfAbsent(m.unit(), u -> new LinkedHashMap<>()).putIfAbsent(m.key(), m.value());
        } else if (!(record instanceof SyntaxError)) {
            throw new IllegalArgumentException("unknown record " + record);
        }
    }

    /** Adds the measurements of {@code result} that pass the filter. */
    public void add(Result result) {
        Optional<Result> kept = filter.apply(result);
        if (kept.isEmpty()) {
            return;
        }
        Result r = kept.get();
        List<Key> tableKeys = tableBy.projectValues(r);
        Key row = rowBy.project(r);
        Key col = colBy.project(r);
        Key res = residue.project(r);
        List<Value> values = r.values();
        // The measurements of one result share their row: find the row's cells once for all its tables.
        RowCells rowCells = rowCells(row);
        for (int i = 0; i < tableKeys.size(); i++) {
            CollectedTable t = table(i, tableKeys.get(i));
            CollectedRow cells = rowCells.get(i, t);
            if (cells == null) {
                cells = t.cells.get(row);
                if (cells == null) {
                    cells = new CollectedRow();
                    t.cells.put(row, cells);
                    t.rows.add(row);
                }
                rowCells.put(t, cells);
            }
            CollectedCell c = cells.get(col);
            if (c == null) {
                c = new CollectedCell();
                cells.put(col, c);
                t.cols.add(col);
            }
            c.add(values.get(i).value(), res);
        }
    }

    /**
     * The table of key {@code k}, the {@code i}-th measurement's. Consecutive results almost always have the same
     * units in the same order, so the previous result's table at {@code i} is tried before the map.
     */
    private CollectedTable table(int i, Key k) {
        if (i < lastTableKeys.length && lastTableKeys[i] == k) {
            return lastTables[i];
        }
        CollectedTable t = tables.get(k);
        if (t == null) {
            t = new CollectedTable();
            tables.put(k, t);
        }
        if (i >= lastTableKeys.length) {
            lastTableKeys = Arrays.copyOf(lastTableKeys, i + 1);
            lastTables = Arrays.copyOf(lastTables, i + 1);
        }
        lastTableKeys[i] = k;
        lastTables[i] = t;
        return t;
    }

    private RowCells rowCells(Key row) {
        RowCells rc = rowCells.get(row);
        if (rc == null) {
            rc = new RowCells();
            rowCells.put(row, rc);
        }
        return rc;
    }

    /** The metadata value {@code key} of {@code unit} (tidied), or {@code null}. */
    String unitMetadata(String unit, String key) {
        Map<String, String> m = unitMetadata.get(unit);
        return m == null ? null : m.get(key);
    }

    /**
     * Sorts, summarizes and compares everything added so far.
     *
     * @param confidence confidence level of the center intervals in [0,1], e.g. 0.95
     * @param thresholds significance thresholds of the comparisons (alpha)
     */
    public Tables toTables(double confidence, Thresholds thresholds) {
        List<Key> keys = new ArrayList<>(tables.keySet());
        keys.sort(null);
        List<Table> out = new ArrayList<>(keys.size());
        for (Key k : keys) {
            String unit = k.get(unitField);
            out.add(TableSummarizer.summarize(tableKeyFields(k), unit, unitMetadata(unit, "assume"),
                    Direction.of(unit, unitMetadata(unit, "better")), colBy, tables.get(k), confidence,
                    thresholds));
        }
        return new Tables(out);
    }

    /** The table key's fields except {@code .unit}, flattened as of now (all tables share the same names). */
    private List<KeyField> tableKeyFields(Key k) {
        List<KeyField> out = new ArrayList<>();
        for (Field f : tableBy.flattenedFields()) {
            if (f != unitField) {
                out.add(new KeyField(f.name(), k.get(f)));
            }
        }
        return out;
    }
}
