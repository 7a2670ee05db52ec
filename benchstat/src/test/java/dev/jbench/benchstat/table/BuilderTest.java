package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.projection.Filter;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.projection.ProjectionParser;
import dev.jbench.benchstat.projection.UnitProjection;
import dev.jbench.benchstat.stats.Thresholds;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Builder's grouping, metadata and warning rules on small inputs. */
class BuilderTest {

    /** Builds tables from {@code (label, text)} inputs with the given projections and filter. */
    private static Tables build(String table, String row, String col, String filter, String... labelsAndTexts)
            throws IOException {
        Filter f = Filter.parse(filter);
        ProjectionParser parser = new ProjectionParser();
        UnitProjection tableBy = parser.parseWithUnit(table, f);
        Projection rowBy = parser.parse(row, f);
        Projection colBy = parser.parse(col, f);
        Builder b = new Builder(tableBy.projection(), rowBy, colBy, parser.residue(), f);
        for (int i = 0; i < labelsAndTexts.length; i += 2) {
            Reader r = Reader.of(labelsAndTexts[i + 1], labelsAndTexts[i], ".file", labelsAndTexts[i]);
            for (Record rec; (rec = r.next()) != null; ) {
                b.add(rec);
            }
        }
        return b.toTables(0.95, Thresholds.withDefaults());
    }

    @Test
    void oneTablePerUnitInFirstSeenOrderAndBaselineIsTheFirstColumn() throws IOException {
        Tables t = build(".config", ".fullname", ".file", "*",
                "old", "BenchmarkA 1 10 ns/op 5 B/op\nBenchmarkB 1 20 ns/op 6 B/op\n",
                "new", "BenchmarkA 1 12 ns/op 5 B/op\n");
        assertThat(t.tables()).extracting(Table::unit).containsExactly("sec/op", "B/op");
        Table time = t.tables().get(0);
        assertThat(time.columns()).extracting(Column::label).containsExactly("old", "new");
        assertThat(time.columns()).extracting(Column::baseline).containsExactly(true, false);
        assertThat(time.rows()).extracting(Row::label).containsExactly("A", "B");
        assertThat(time.rows().get(1).cell(1)).isEmpty();
        Cell a = time.rows().get(0).cell(1).orElseThrow();
        assertThat(a.center()).isEqualTo(12 * 1e-9); // tidied: 12 ns/op * 1e-9
        assertThat(a.comparison()).isPresent();
        assertThat(a.comparison().get().baselineCenter()).isEqualTo(10 * 1e-9);
        assertThat(time.rows().get(0).cell(0).orElseThrow().comparison()).isEmpty();
        assertThat(time.geomeans().get(1).warnings())
                .containsExactly("benchmark set differs from baseline; geomeans may not be comparable");
    }

    @Test
    void cellsMixingResiduesWarnWithTheVaryingFields() throws IOException {
        Tables t = build("", ".name", ".file", "*",
                "x", "goos: linux\nBenchmarkA/s=1 1 10 ns/op\nnote: y\nBenchmarkA/s=2 1 11 ns/op\n");
        Cell c = t.tables().get(0).rows().get(0).cell(0).orElseThrow();
        assertThat(c.n()).isEqualTo(2);
        assertThat(c.warnings()).hasSize(2).first().asString()
                .startsWith("benchmarks vary in ").contains("note").contains(".fullname").doesNotContain("goos");
    }

    @Test
    void filterDropsResultsAndMeasurements() throws IOException {
        Tables t = build(".config", ".fullname", ".file", ".unit:B/op",
                "x", "BenchmarkA 1 10 ns/op 5 B/op\n");
        assertThat(t.tables()).extracting(Table::unit).containsExactly("B/op");
        assertThat(build(".config", ".fullname", ".file", ".name:Nope", "x", "BenchmarkA 1 10 ns/op\n").isEmpty())
                .isTrue();
    }

    @Test
    void unitMetadataSetsAssumptionAndDirection() throws IOException {
        Tables t = build(".config", ".fullname", ".file", "*",
                "x", "Unit hits assume=exact better=higher\nBenchmarkA 1 5 hits 10 ns/op\n");
        Table hits = t.tables().get(0);
        assertThat(hits.unit()).isEqualTo("hits");
        assertThat(hits.summaryLabel()).isEqualTo("exact");
        assertThat(hits.better()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(t.tables().get(1).summaryLabel()).isEqualTo("median");
        assertThat(t.tables().get(1).better()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void comparisonVerdictUsesTheUnitsDirection() throws IOException {
        StringBuilder old = new StringBuilder("Unit ops better=higher\n");
        StringBuilder now = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            old.append("BenchmarkA 1 ").append(100 + i).append(" ops ").append(100 + i).append(" ns/op\n");
            now.append("BenchmarkA 1 ").append(200 + i).append(" ops ").append(200 + i).append(" ns/op\n");
        }
        Tables t = build(".config", ".fullname", ".file", "*", "old", old.toString(), "new", now.toString());
        BaselineComparison ops = t.tables().get(0).rows().get(0).cell(1).orElseThrow().comparison().orElseThrow();
        BaselineComparison time = t.tables().get(1).rows().get(0).cell(1).orElseThrow().comparison().orElseThrow();
        assertThat(ops.change()).isEqualTo(Direction.Change.BETTER);
        assertThat(time.change()).isEqualTo(Direction.Change.WORSE);
        assertThat(time.isRegression(5)).isTrue();
        assertThat(time.deltaPercent())
                .isCloseTo((202.5 / 102.5 - 1) * 100, org.assertj.core.data.Offset.offset(1e-9)); // medians
    }

    @Test
    void tableProjectionMustCarryTheUnit() {
        Filter f = Filter.all();
        ProjectionParser parser = new ProjectionParser();
        Projection noUnit = parser.parse(".config", f);
        assertThatThrownBy(() -> new Builder(noUnit, noUnit, noUnit, parser.residue(), f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".unit");
    }

    @Test
    void emptyInputGivesNoTablesAndEmptyOutput() throws IOException {
        Tables t = build(".config", ".fullname", ".file", "*", "x", "PASS\n");
        assertThat(t.isEmpty()).isTrue();
        StringBuilder out = new StringBuilder();
        for (OutputFormat f : List.of(OutputFormat.TEXT, OutputFormat.CSV, OutputFormat.MARKDOWN)) {
            f.render(t, out, out);
        }
        assertThat(out).isEmpty();
    }

    @Test
    void csvPadsHeaderAndGeomeanRowsButNotDataRowsLikeBenchstat() throws IOException {
        // Expected output and warnings produced by Go benchstat (golang/perf 712aea8) for the same input.
        Tables t = build(".config", ".fullname", ".file", "*",
                "old.txt", "BenchmarkA 1 10 ns/op\nBenchmarkB 1 20 ns/op\n",
                "new.txt", "BenchmarkA 1 12 ns/op\nBenchmarkC 1 5 ns/op\n");
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        OutputFormat.CSV.render(t, out, err);
        assertThat(out.toString()).isEqualTo("""
                ,old.txt,,new.txt,,,
                ,sec/op,CI,sec/op,CI,vs base,P
                A,1e-08,∞,1.2000000000000002e-08,∞,~,p=1.000 n=1
                B,2e-08,∞
                C,,,5e-09,∞
                geomean,1.4142135623730939e-08,,7.745966692414828e-09,,+20.00%,
                """);
        assertThat(err.toString()).isEqualTo("""
                B3: need >= 6 samples for confidence interval at level 0.95
                D3: need >= 6 samples for confidence interval at level 0.95
                F3: need >= 4 samples to detect a difference at alpha level 0.05
                B4: need >= 6 samples for confidence interval at level 0.95
                D5: need >= 6 samples for confidence interval at level 0.95
                D6: benchmark set differs from baseline; geomeans may not be comparable
                """);
    }
}
