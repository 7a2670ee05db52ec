package dev.jbench.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.BenchmarkInfo;
import dev.jbench.harness.run.Measurement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's column layout, to the character (expected strings written from Go's testing.BenchmarkResult rules). */
class GoLineTest {

    static final BenchCase SORT = new BenchCase("BenchmarkSort/size=100-2",
            new BenchmarkInfo("x.SortBenchmark.sort", "x.SortBenchmark", false, 1, Map.of()), Map.of(), 2, 1);

    static Measurement m(long n, double ns, double setBytes, double bytes, double allocs, Map<String, Double> extra) {
        return new Measurement(SORT, 1, n, ns, setBytes, bytes, allocs, extra);
    }

    @ParameterizedTest(name = "{0} ns/op -> [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "28456.4|     28456 ns/op",
        "999.95|      1000 ns/op",
        "999.9499|       999.9 ns/op",
        "99.995|       100.0 ns/op",
        "99.99|        99.99 ns/op",
        "9.9995|        10.00 ns/op",
        "1.0|         1.000 ns/op",
        "0.5|         0.5000 ns/op",
        "0.05|         0.05000 ns/op",
        "0.005|         0.005000 ns/op",
        "0.0001234|         0.0001234 ns/op",
        "0.125|         0.1250 ns/op",
        "2.5|         2.500 ns/op",
    })
    void prettyWidthsFollowGo(double x, String expected) {
        StringBuilder sb = new StringBuilder();
        GoLine.pretty(sb, x, "ns/op");
        assertThat(sb.toString()).isEqualTo(expected);
    }

    @Test
    void roundsHalfToEvenOnTheExactValueAsGoDoes() {
        StringBuilder sb = new StringBuilder();
        GoLine.pretty(sb, 1000.5, "ns/op");   // exactly representable tie: Go prints 1000
        GoLine.pretty(sb.append('|'), 1001.5, "ns/op");   // -> 1002
        assertThat(sb.toString()).isEqualTo("      1000 ns/op|      1002 ns/op");
    }

    @Test
    void fullLineWithBenchmem() {
        String line = GoLine.format(m(50000, 28456, Double.NaN, 4096.00002, 2.0000001, Map.of()), 30, true);
        assertThat(line).isEqualTo("BenchmarkSort/size=100-2      \t   50000\t     28456 ns/op\t    4096 B/op\t"
                + "       2 allocs/op");
    }

    @Test
    void bytesWithoutAllocsWhenTheCounterIsUnavailable() {
        String line = GoLine.format(m(10, 5, Double.NaN, 16.5, Double.NaN, Map.of()), 0, true);
        assertThat(line).isEqualTo("BenchmarkSort/size=100-2\t      10\t         5.000 ns/op\t      16 B/op");
    }

    @Test
    void mbPerSecondThenCustomMetricsSortedByUnit() {
        String line = GoLine.format(m(1000, 500, 1024, 0, 0,
                Map.of("widgets/op", 2.5, "calls/op", 1.0)), 0, false);
        assertThat(line).isEqualTo("BenchmarkSort/size=100-2\t    1000\t       500.0 ns/op\t2048.00 MB/s\t"
                + "         1.000 calls/op\t         2.500 widgets/op");
    }

    @Test
    void customMetricWithBuiltInUnitReplacesIt() {
        String line = GoLine.format(m(1000, 500, Double.NaN, 99, 7, Map.of("ns/op", 42.0, "allocs/op", 3.0)), 0, true);
        assertThat(line).isEqualTo("BenchmarkSort/size=100-2\t    1000\t        42.00 ns/op\t      99 B/op\t"
                + "       3 allocs/op");
    }

    @Test
    void zeroNsPerOpIsLeftOutAsInGo() {
        assertThat(GoLine.format(m(7, 0, Double.NaN, Double.NaN, Double.NaN, Map.of()), 0, false))
                .isEqualTo("BenchmarkSort/size=100-2\t       7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "ar-EG"})
    void independentOfTheDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertThat(GoLine.format(m(1234567, 1.5, 1e6, 1.5e6, 2, Map.of("x/op", 1234.5)), 0, true))
                    .isEqualTo("BenchmarkSort/size=100-2\t 1234567\t         1.500 ns/op\t666666666.67 MB/s\t"
                            + "      1234 x/op\t 1500000 B/op\t       2 allocs/op");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void namesArePaddedToTheGivenWidth() {
        assertThat(List.of(GoLine.format(m(1, 1, Double.NaN, Double.NaN, Double.NaN, Map.of()), 26, false)))
                .first().asString().startsWith("BenchmarkSort/size=100-2  \t");
    }
}
