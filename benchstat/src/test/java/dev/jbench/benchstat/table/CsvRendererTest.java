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

    @Test
    void goPercentV() {
        assertThat(GoNumbers.v(1.7180000000000001e-06)).isEqualTo("1.7180000000000001e-06");
        assertThat(GoNumbers.v(5.2e-08)).isEqualTo("5.2e-08");
        assertThat(GoNumbers.v(0.0001)).isEqualTo("0.0001");
        assertThat(GoNumbers.v(1e-05)).isEqualTo("1e-05");
        assertThat(GoNumbers.v(100)).isEqualTo("100");
        assertThat(GoNumbers.v(999999)).isEqualTo("999999");
        assertThat(GoNumbers.v(1e6)).isEqualTo("1e+06");
        assertThat(GoNumbers.v(1.2345675e6)).isEqualTo("1.2345675e+06");
        assertThat(GoNumbers.v(1.23456789e8)).isEqualTo("1.23456789e+08");
        assertThat(GoNumbers.v(3.2218e+08)).isEqualTo("3.2218e+08");
        assertThat(GoNumbers.v(1e100)).isEqualTo("1e+100");
        assertThat(GoNumbers.v(-0.5)).isEqualTo("-0.5");
        assertThat(GoNumbers.v(0)).isEqualTo("0");
        assertThat(GoNumbers.v(Double.NaN)).isEqualTo("NaN");
        assertThat(GoNumbers.v(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    @Test
    void goSignedFixedRoundsHalfEvenAndKeepsNegativeZero() {
        assertThat(GoNumbers.signedFixed(-8.938898031315254, 2)).isEqualTo("-8.94");
        assertThat(GoNumbers.signedFixed(0, 2)).isEqualTo("+0.00");
        assertThat(GoNumbers.signedFixed(-1e-9, 2)).isEqualTo("-0.00");
        assertThat(GoNumbers.signedFixed(0.125, 2)).isEqualTo("+0.12");
        assertThat(GoNumbers.signedFixed(0.375, 2)).isEqualTo("+0.38");
    }
}
