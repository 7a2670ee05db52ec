package dev.jbench.benchstat.table;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-built tables whose numbers and strings come from real benchstat runs (conformance cases named below). */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static final List<KeyField> LINUX = List.of(new KeyField("goos", "linux"), new KeyField("goarch", "amd64"),
            new KeyField("pkg", "golang.org/x/perf/cmd/benchstat/testdata"));

    static Cell cell(double center, String text, String range, int n, List<String> warnings,
                     BaselineComparison cmp) {
        return new Cell(center, center * 0.99, center * 1.01, 0.978515625, n, text, range, warnings,
                Optional.ofNullable(cmp));
    }

    static BaselineComparison cmp(double base, double center, double p, String delta, String pn, List<String> warn) {
        double pct = (center / base - 1) * 100;
        Direction.Change change = p > 0.05 ? Direction.Change.UNCHANGED
                : Direction.LOWER_IS_BETTER.change(base, center);
        return new BaselineComparison(base, p, 0.05, 10, 10, pct, delta, pn, change, warn);
    }

    /** Conformance case {@code example-old-new}: {@code benchstat old.txt new.txt}. */
    static Tables exampleOldNew() {
        Row json = new Row("Encode/format=json-48", List.of(
                Optional.of(cell(1.7180000000000001e-06, "1.718µ", "1%", 10, List.of(), null)),
                Optional.of(cell(1.4225000000000001e-06, "1.423µ", "1%", 10, List.of(),
                        cmp(1.7180000000000001e-06, 1.4225000000000001e-06, 1.0825088224469026e-05, "-17.20%",
                                "p=0.000 n=10", List.of())))));
        Row gob = new Row("Encode/format=gob-48", List.of(
                Optional.of(cell(3.0655e-06, "3.066µ", "0%", 10, List.of(), null)),
                Optional.of(cell(3.0700000000000003e-06, "3.070µ", "2%", 10, List.of(),
                        cmp(3.0655e-06, 3.0700000000000003e-06, 0.4457804266718911, "~", "p=0.446 n=10",
                                List.of())))));
        List<Geomean> gm = List.of(
                new Geomean(OptionalDouble.of(2.294891936453654e-06), "2.295µ", OptionalDouble.empty(), "",
                        List.of()),
                new Geomean(OptionalDouble.of(2.089754770302007e-06), "2.090µ",
                        OptionalDouble.of(0.9106110196868475), "-8.94%", List.of()));
        Table t = new Table(LINUX, "sec/op", Direction.LOWER_IS_BETTER, "median", List.of(".file"),
                List.of(new Column(List.of("old.txt"), true), new Column(List.of("new.txt"), false)),
                List.of(json, gob), gm);
        return new Tables(List.of(t));
    }

    /** Conformance case {@code small-sample-col-note}: one row, footnotes in center and delta cells. */
    static Tables smallSample() {
        String ci = "need >= 6 samples for confidence interval at level 0.95";
        Row x = new Row("X", List.of(
                Optional.of(new Cell(1e-07, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1, "100.0n",
                        "∞", List.of(ci), Optional.empty())),
                Optional.of(new Cell(1.01e-07, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1, "101.0n",
                        "∞", List.of(ci), Optional.of(new BaselineComparison(1e-07, 1, 0.05, 1, 1, 1.0, "~",
                        "p=1.000 n=1", Direction.Change.UNCHANGED,
                        List.of("need >= 4 samples to detect a difference at alpha level 0.05")))))));
        List<Geomean> gm = List.of(
                new Geomean(OptionalDouble.of(1e-07), "100.0n", OptionalDouble.empty(), "", List.of()),
                new Geomean(OptionalDouble.of(1.01e-07), "101.0n", OptionalDouble.of(1.01), "+1.00%", List.of()));
        Table t = new Table(List.of(), "sec/op", Direction.LOWER_IS_BETTER, "median", List.of("note"),
                List.of(new Column(List.of("before"), true), new Column(List.of("after"), false)), List.of(x), gm);
        return new Tables(List.of(t));
    }

    /** The {@code y} table of conformance case {@code zero-col-note}: no geomean value in the baseline column. */
    static Tables zeroOverZero() {
        Row r1 = new Row("NonZeroOverZero", List.of(
                Optional.of(new Cell(0, 0, 0, 1, 1, "0.0", "0%", List.of(), Optional.empty())),
                Optional.of(new Cell(100, 100, 100, 1, 1, "100.0", "0%", List.of(),
                        Optional.of(new BaselineComparison(0, 0, 0, 1, 1, Double.POSITIVE_INFINITY, "?", "n=1",
                                Direction.Change.WORSE, List.of()))))));
        Row r2 = new Row("NonZeroOverZero2", r1.cells());
        List<Geomean> gm = List.of(
                new Geomean(OptionalDouble.empty(), "", OptionalDouble.empty(), "",
                        List.of("summaries must be >0 to compute geomean")),
                new Geomean(OptionalDouble.of(100), "100.0", OptionalDouble.empty(), "?", List.of()));
        Table t = new Table(List.of(), "y", Direction.LOWER_IS_BETTER, "exact", List.of("note"),
                List.of(new Column(List.of("before"), true), new Column(List.of("after"), false)),
                List.of(r1, r2), gm);
        return new Tables(List.of(t));
    }
}
