package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV of hand-built models; expected output is real benchstat's for the same data. */
class CsvRendererTest {

    @Test
    void oldVersusNewWithRawValuesAndPaddedHeaderAndGeomeanRows() {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        CsvRenderer.write(ModelFixtures.exampleOldNew(), out, err);
        assertThat(out.toString()).isEqualTo("""
                goos: linux
                goarch: amd64
                pkg: golang.org/x/perf/cmd/benchstat/testdata
                ,old.txt,,new.txt,,,
                ,sec/op,CI,sec/op,CI,vs base,P
                Encode/format=json-48,1.7180000000000001e-06,1%,1.4225000000000001e-06,1%,-17.20%,p=0.000 n=10
                Encode/format=gob-48,3.0655e-06,0%,3.0700000000000003e-06,2%,~,p=0.446 n=10
                geomean,2.294891936453654e-06,,2.089754770302007e-06,,-8.94%,
                """);
        assertThat(err).isEmpty();
    }

    @Test
    void warningsGoToTheSecondStreamWithCellReferences() {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        CsvRenderer.write(ModelFixtures.smallSample(), out, err);
        assertThat(out.toString()).isEqualTo("""
                ,before,,after,,,
                ,sec/op,CI,sec/op,CI,vs base,P
                X,1e-07,∞,1.01e-07,∞,~,p=1.000 n=1
                geomean,1e-07,,1.01e-07,,+1.00%,
                """);
        assertThat(err.toString()).isEqualTo("""
                B3: need >= 6 samples for confidence interval at level 0.95
                D3: need >= 6 samples for confidence interval at level 0.95
                F3: need >= 4 samples to detect a difference at alpha level 0.05
                """);
    }

    @Test
    void geomeanWithoutValueOrRatio() {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        CsvRenderer.write(ModelFixtures.zeroOverZero(), out, err);
        assertThat(out.toString()).endsWith("geomean,,,100,,?,\n");
        assertThat(err.toString()).isEqualTo("B5: summaries must be >0 to compute geomean\n");
    }

    @Test
    void cellNamesFollowBenchstat() {
        assertThat(CsvRenderer.cellName(0)).isEqualTo("A");
        assertThat(CsvRenderer.cellName(1)).isEqualTo("B");
        assertThat(CsvRenderer.cellName(25)).isEqualTo("Z");
        assertThat(CsvRenderer.cellName(26)).isEqualTo("BA");
    }

    @Test
    void goCsvQuoting() {
        StringBuilder out = new StringBuilder();
        GoCsvWriter w = new GoCsvWriter(out);
        w.write(List.of("a,b", "say \"hi\"", "\\.", " lead", "\u3000wide", "plain", ""));
        w.write(List.of(""));
        assertThat(out.toString()).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"\\.\",\" lead\",\"\u3000wide\",plain,\n\n");
    }
}
