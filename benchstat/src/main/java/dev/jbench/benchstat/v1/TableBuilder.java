package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds one {@link Table} per unit from a {@link Collection}: rows are groups × benchmarks in first-seen order,
 * columns are input files; with exactly two files each row gets a delta and a significance note, and rows missing
 * either side are dropped.
 */
final class TableBuilder {

    private static final Map<String, String> METRIC_SUFFIX = Map.of(
            "ns/op", "time/op",
            "ns/GC", "time/GC",
            "B/op", "alloc/op",
            "MB/s", "speed");

    private final DeltaTest deltaTest;
    private final double alpha;
    private final boolean addGeoMean;
    private final RowOrder order;

    /**
     * @param alpha      a change is significant if p < alpha; 0 means the default 0.05
     * @param order      row order, or {@code null} for first-seen order
     */
    TableBuilder(DeltaTest deltaTest, double alpha, boolean addGeoMean, RowOrder order) {
        this.deltaTest = deltaTest;
        this.alpha = alpha == 0 ? 0.05 : alpha;
        this.addGeoMean = addGeoMean;
        this.order = order;
    }

    List<Table> build(Collection c) {
        c.computeStats();
        List<String> configs = c.configs();
        List<String> groups = c.groups();
        List<Table> tables = new ArrayList<>();
        for (String unit : c.units()) {
            Table table = new Table(metricOf(unit), configs);
            for (String group : groups) {
                for (String benchmark : c.benchmarks(group)) {
                    Row row = new Row(benchmark, groups.size() > 1 ? group : "");
                    for (String config : configs) {
                        Metrics m = c.metrics(new Collection.Key(config, group, benchmark, unit));
                        if (m == null) {
                            row.metrics.add(Metrics.missing());
                            continue;
                        }
                        row.metrics.add(m);
                        if (row.scaler == null) {
                            row.scaler = Scaler.forValue(m.mean(), m.unit());
                        }
                    }
                    if (table.oldNewDelta()) {
                        Metrics oldM = c.metrics(new Collection.Key(configs.get(0), group, benchmark, unit));
                        Metrics newM = c.metrics(new Collection.Key(configs.get(1), group, benchmark, unit));
                        if (oldM == null || newM == null) {
                            continue;
                        }
                        compare(table, row, oldM, newM);
                    }
                    table.rows.add(row);
                }
            }
            if (!table.rows.isEmpty()) {
                if (order != null) {
                    order.sort(table.rows);
                }
                if (addGeoMean) {
                    addGeoMean(c, table, unit);
                }
                tables.add(table);
            }
        }
        return tables;
    }

    private void compare(Table table, Row row, Metrics oldM, Metrics newM) {
        DeltaTest.Outcome outcome = deltaTest.apply(oldM.rValues(), newM.rValues());
        row.pctDelta = 0;
        row.delta = "~";
        if (outcome.error() != null) {
            row.note = "(" + outcome.error() + ")";
        } else if (outcome.p() < alpha) {
            if (newM.mean() == oldM.mean()) {
                row.delta = "0.00%";
            } else {
                double pct = ((newM.mean() / oldM.mean()) - 1.0) * 100.0;
                row.pctDelta = pct;
                row.delta = GoFormat.fixedSigned(pct, 2) + "%";
                // Smaller is better, except for speeds.
                row.change = (pct < 0) == !table.metric.equals("speed") ? Row.Change.BETTER : Row.Change.WORSE;
            }
        }
        if (row.note.isEmpty() && outcome.p() != -1) {
            row.note = "(p=" + GoFormat.fixed(outcome.p(), 3) + " n=" + oldM.rValues().length + "+"
                    + newM.rValues().length + ")";
        }
    }

    /**
     * The metric name of a unit: {@code ns/op} → {@code time/op}, {@code ns/GC} → {@code time/GC},
     * {@code B/op} → {@code alloc/op}, {@code MB/s} → {@code speed}, also after an {@code X-} prefix
     * ({@code user-ns/op} → {@code user-time/op}); any other unit names itself.
     */
    static String metricOf(String unit) {
        String s = METRIC_SUFFIX.get(unit);
        if (s != null) {
            return s;
        }
        for (Map.Entry<String, String> e : METRIC_SUFFIX.entrySet()) {
            String dashed = "-" + e.getKey();
            if (unit.endsWith(dashed)) {
                return unit.substring(0, unit.length() - dashed.length()) + "-" + e.getValue();
            }
        }
        return unit;
    }

    /**
     * Appends the {@code [Geo mean]} row: per file, the geometric mean of the non-zero means of all benchmarks
     * of this unit; omitted when at most one benchmark contributed; a delta only with two files that both have
     * a geomean.
     */
    private static void addGeoMean(Collection c, Table table, String unit) {
        Row row = new Row("[Geo mean]", "");
        List<Double> geomeans = new ArrayList<>();
        boolean delta = table.oldNewDelta();
        int maxCount = 0;
        for (String config : table.configs) {
            List<Double> means = new ArrayList<>();
            for (String group : c.groups()) {
                for (String benchmark : c.benchmarks(group)) {
                    Metrics m = c.metrics(new Collection.Key(config, group, benchmark, unit));
                    // Zero means (e.g. allocation counts) would make the geomean zero or undefined: skip them.
                    if (m != null && m.mean() != 0) {
                        means.add(m.mean());
                    }
                }
            }
            maxCount = Math.max(maxCount, means.size());
            if (means.isEmpty()) {
                row.metrics.add(Metrics.missing());
                delta = false;
            } else {
                double geomean = StatsBridge.geoMean(means.stream().mapToDouble(Double::doubleValue).toArray());
                geomeans.add(geomean);
                if (row.scaler == null) {
                    row.scaler = Scaler.forValue(geomean, unit);
                }
                row.metrics.add(Metrics.ofMean(unit, geomean));
            }
        }
        if (maxCount <= 1) {
            return;
        }
        if (delta) {
            double pct = ((geomeans.get(1) / geomeans.get(0)) - 1.0) * 100.0;
            row.pctDelta = pct;
            row.delta = GoFormat.fixedSigned(pct, 2) + "%";
        }
        table.rows.add(row);
    }
}
