package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text layout of hand-built models; expected output is real benchstat's for the same data. */
class TextRendererTest {

    private static String render(Tables t) {
        StringBuilder sb = new StringBuilder();
        TextRenderer.write(t, sb);
        return sb.toString();
    }

    @Test
    void oldVersusNew() {
        assertThat(render(ModelFixtures.exampleOldNew())).isEqualTo("""
                goos: linux
                goarch: amd64
                pkg: golang.org/x/perf/cmd/benchstat/testdata
                                      │   old.txt   │               new.txt               │
                                      │   sec/op    │   sec/op     vs base                │
                Encode/format=json-48   1.718µ ± 1%   1.423µ ± 1%  -17.20% (p=0.000 n=10)
                Encode/format=gob-48    3.066µ ± 0%   3.070µ ± 2%        ~ (p=0.446 n=10)
                geomean                 2.295µ        2.090µ        -8.94%
                """);
    }

    @Test
    void footnotesAndNoGeomeanForOneRow() {
        assertThat(render(ModelFixtures.smallSample())).isEqualTo("""
                  │    before    │              after              │
                  │    sec/op    │    sec/op     vs base           │
                X   100.0n ± ∞ ¹   101.0n ± ∞ ¹  ~ (p=1.000 n=1) ²
                ¹ need >= 6 samples for confidence interval at level 0.95
                ² need >= 4 samples to detect a difference at alpha level 0.05
                """);
    }

    @Test
    void missingGeomeanValueKeepsItsFootnoteAndQuestionMark() {
        assertThat(render(ModelFixtures.zeroOverZero())).isEqualTo("""
                                 │   before   │        after        │
                                 │     y      │     y       vs base │
                NonZeroOverZero    0.0 ± 0%     100.0 ± 0%  ? (n=1)
                NonZeroOverZero2   0.0 ± 0%     100.0 ± 0%  ? (n=1)
                geomean                     ¹   100.0       ?
                ¹ summaries must be >0 to compute geomean
                """);
    }

    @Test
    void headerLinesOnlyWhenTheKeyChangesAndBlankLineBetweenTables() {
        Table a = ModelFixtures.exampleOldNew().tables().get(0);
        Table b = new Table(a.key(), "B/op", a.better(), a.summaryLabel(), a.columnFields(), a.columns(), a.rows(),
                a.geomeans());
        String out = render(new Tables(java.util.List.of(a, b)));
        assertThat(out).containsOnlyOnce("goos: linux").contains("\n\n").contains("B/op");
        assertThat(out.split("\n\n")[1]).startsWith("                      │");
    }

    @Test
    void superscriptsAreMultiDigit() {
        assertThat(Superscript.of(1)).isEqualTo("¹");
        assertThat(Superscript.of(10)).isEqualTo("¹⁰");
        assertThat(Superscript.of(209)).isEqualTo("²⁰⁹");
    }
}
