package dev.jbench.benchstat.table;

import dev.jbench.benchstat.projection.Field;
import dev.jbench.benchstat.projection.Key;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.stats.Assumption;
import dev.jbench.benchstat.stats.Comparison;
import dev.jbench.benchstat.stats.GeoMean;
import dev.jbench.benchstat.stats.Sample;
import dev.jbench.benchstat.stats.Summary;
import dev.jbench.benchstat.stats.Thresholds;
import dev.jbench.benchstat.units.GoFloats;
import dev.jbench.benchstat.units.Scaler;
import dev.jbench.benchstat.units.UnitClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns the collected cells of one table into a {@link Table} (benchtab's {@code ToTables}, {@code summarizeCell}
 * and {@code summarizeCol}): sorts rows and columns, summarizes each cell under the unit's assumption, compares it
 * with the baseline cell of its row, and computes the geomean row.
 */
final class TableSummarizer {

    static final String VARY_PREFIX = "benchmarks vary in ";
    static final String SET_DIFFERS = "benchmark set differs from baseline; geomeans may not be comparable";
    static final String SUMMARIES_NOT_POSITIVE = "summaries must be >0 to compute geomean";
    static final String RATIOS_NOT_POSITIVE = "ratios must be >0 to compute geomean";

    private TableSummarizer() {
    }

    /** A summarized cell before rendering choices. */
    private record Summarized(Sample sample, Summary summary, List<String> residueWarnings) {
    }

    static Table summarize(List<KeyField> key, String unit, String assume, Direction better, Projection colBy,
                           Builder.CollectedTable collected, double confidence, Thresholds thresholds) {
        Assumption assumption = Assumption.forMetadata(assume);
        UnitClass unitClass = UnitClass.of(unit);
        List<Key> rowKeys = sorted(collected.rows);
        List<Key> colKeys = sorted(collected.cols);
        int nCols = colKeys.size();

        Summarized[][] grid = new Summarized[rowKeys.size()][nCols];
        Row[] rowArray = new Row[rowKeys.size()];
        RowJob job = new RowJob(rowKeys, colKeys, collected, assumption, confidence, thresholds, better, unitClass,
                grid, rowArray);
        // Big tables are spread over the processors, as Go's benchstat summarizes cells concurrently. Safe: each
        // row writes only its own slots and reads what is immutable by now (collected cells, keys after
        // projecting) or thread-safe (the statistics' caches are concurrent maps). The lambda is only linked on
        // the parallel path, which keeps small comparisons' start-up as it was.
        if (rowArray.length >= PARALLEL_MIN_ROWS && Runtime.getRuntime().availableProcessors() > 1) {
            IntStream.range(0, rowArray.length).parallel().forEach(job::run);
        } else {
            for (int r = 0; r < rowArray.length; r++) {
                job.run(r);
            }
        }
        List<Row> rows = Arrays.asList(rowArray);

        List<Geomean> geomeans = new ArrayList<>(nCols);
        int nBase = 0;
        for (Summarized[] row : grid) {
            if (row[0] != null) {
                nBase++;
            }
        }
        for (int c = 0; c < nCols; c++) {
            geomeans.add(geomean(grid, c, nBase, unitClass));
        }

        List<Field> colFields = colBy.flattenedFields();
        List<String> colFieldNames = colFields.stream().map(Field::name).toList();
        List<Column> columns = new ArrayList<>(nCols);
        for (int c = 0; c < nCols; c++) {
            List<String> values = new ArrayList<>(colFields.size());
            for (Field f : colFields) {
                values.add(colKeys.get(c).get(f));
            }
            columns.add(new Column(values, c == 0));
        }
        return new Table(key, unit, better, assumption.summaryLabel(), colFieldNames, columns, rows, geomeans);
    }

    private static Row row(String label, Summarized[] cells, Assumption assumption, Direction better,
                           UnitClass unitClass) {
        // One scale per row, so that the row's values are easy to compare by eye.
        List<Double> centers = new ArrayList<>();
        for (Summarized s : cells) {
            if (s != null) {
                centers.add(s.summary().center());
            }
        }
        Scaler scaler = Scaler.common(centers.stream().mapToDouble(Double::doubleValue).toArray(), unitClass);

        List<Optional<Cell>> out = new ArrayList<>(cells.length);
        Summarized base = cells[0];
        for (int c = 0; c < cells.length; c++) {
            Summarized s = cells[c];
            if (s == null) {
                out.add(Optional.empty());
                continue;
            }
            Summary sum = s.summary();
            List<String> warnings = new ArrayList<>(s.residueWarnings());
            warnings.addAll(sum.warnings());
            Optional<BaselineComparison> cmp = Optional.empty();
            if (c > 0 && base != null) {
                cmp = Optional.of(compare(assumption.compare(base.sample(), s.sample()),
                        base.summary().center(), sum.center(), better));
            }
            out.add(Optional.of(new Cell(sum.center(), sum.lo(), sum.hi(), sum.confidence(), s.sample().size(),
                    scaler.format(sum.center()), sum.pctRangeString(), warnings, cmp)));
        }
        return new Row(label, out);
    }

    private static BaselineComparison compare(Comparison c, double baseCenter, double center, Direction better) {
        double deltaPercent = baseCenter == center ? 0 : (center / baseCenter - 1) * 100;
        Direction.Change change = c.p() > c.alpha() ? Direction.Change.UNCHANGED
                : better.change(baseCenter, center);
        return new BaselineComparison(baseCenter, c.p(), c.alpha(), c.n1(), c.n2(), deltaPercent,
                c.formatDelta(baseCenter, center), c.toString(), change, c.warnings());
    }

    /**
     * The geomean of column {@code c}: of its centers, and (for non-baseline columns) of the ratios to the
     * baseline centers. Ratios rather than a ratio of geomeans, so that the number stays the column's own geomean
     * when the benchmark sets differ (which is warned about).
     */
    private static Geomean geomean(Summarized[][] grid, int c, int nBase, UnitClass unitClass) {
        boolean isBase = c == 0;
        List<Double> centers = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        boolean badRatio = false;
        for (Summarized[] row : grid) {
            Summarized s = row[c];
            if (s == null) {
                continue;
            }
            double a = s.summary().center();
            centers.add(a);
            if (!isBase && row[0] != null) {
                double b = row[0].summary().center();
                if (a == b) {
                    ratios.add(1.0); // 0/0 counts as no change
                } else if (b == 0) {
                    badRatio = true;
                    ratios.add(0.0); // keeps the count check below honest
                } else {
                    ratios.add(a / b);
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!isBase && nBase != ratios.size()) {
            warnings.add(SET_DIFFERS);
        }
        OptionalDouble value = OptionalDouble.empty();
        String valueText = "";
        double gm = GeoMean.of(toArray(centers));
        if (Double.isNaN(gm)) {
            warnings.add(SUMMARIES_NOT_POSITIVE);
        } else {
            value = OptionalDouble.of(gm);
            valueText = Scaler.scale(gm, unitClass);
        }
        OptionalDouble ratio = OptionalDouble.empty();
        String deltaText = isBase ? "" : "?";
        if (!isBase && !badRatio) {
            double gr = GeoMean.of(toArray(ratios));
            if (Double.isNaN(gr)) {
                warnings.add(RATIOS_NOT_POSITIVE);
            } else {
                ratio = OptionalDouble.of(gr);
                deltaText = GoFloats.formatFixedPlus((gr - 1) * 100, 2) + "%";
            }
        }
        return new Geomean(value, valueText, ratio, deltaText, warnings);
    }

    /** Rows from which summarizing is spread over the processors; below it a thread hand-off costs more. */
    static final int PARALLEL_MIN_ROWS = 2048;

    /**
     * Summarizes one row's cells into {@code grid[r]}, then compares them with the row's baseline cell into
     * {@code rows[r]} (a comparison needs only its own row's baseline).
     */
    private record RowJob(List<Key> rowKeys, List<Key> colKeys, Builder.CollectedTable collected,
                          Assumption assumption, double confidence, Thresholds thresholds, Direction better,
                          UnitClass unitClass, Summarized[][] grid, Row[] rows) {
        void run(int r) {
            Summarized[] cells = grid[r];
            for (int c = 0; c < cells.length; c++) {
                Builder.CollectedCell cell = collected.cell(rowKeys.get(r), colKeys.get(c));
                if (cell != null) {
                    Sample s = Sample.of(cell.valueArray(), thresholds);
                    cells[c] = new Summarized(s, assumption.summary(s, confidence), residueWarning(cell.residues()));
                }
            }
            rows[r] = row(rowKeys.get(r).toString(), cells, assumption, better, unitClass);
        }
    }

    /** {@code benchmarks vary in f1, f2} for the residue fields whose values differ within a cell. */
    private static List<String> residueWarning(Set<Key> residues) {
        if (residues.size() <= 1) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(residues);
        List<String> varying = new ArrayList<>();
        for (Field f : keys.get(0).projection().flattenedFields()) {
            String first = keys.get(0).get(f);
            if (keys.stream().anyMatch(k -> !k.get(f).equals(first))) {
                varying.add(f.name());
            }
        }
        return varying.isEmpty() ? List.of() : List.of(VARY_PREFIX + String.join(", ", varying));
    }

    private static List<Key> sorted(Set<Key> keys) {
        List<Key> out = new ArrayList<>(keys);
        out.sort(null);
        return out;
    }

    private static double[] toArray(List<Double> xs) {
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }
}
