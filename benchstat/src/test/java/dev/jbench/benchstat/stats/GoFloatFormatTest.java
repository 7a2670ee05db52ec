package dev.jbench.benchstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Go's fmt output for floats; expected strings were printed by Go 1.19 with the verb named in each test. */
class GoFloatFormatTest {

    @Test
    void fixedRoundsTheExactBinaryValueHalfToEven() {
        // fmt.Sprintf("%.2f", x)
        assertThat(GoFloatFormat.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(GoFloatFormat.fixed(0.375, 2)).isEqualTo("0.38");
        assertThat(GoFloatFormat.fixed(2.5, 0)).isEqualTo("2");
        assertThat(GoFloatFormat.fixed(3.5, 0)).isEqualTo("4");
        // 0.0005 is slightly above 0.0005 in binary, so it rounds up although the decimal is a tie.
        assertThat(GoFloatFormat.fixed(0.0005, 3)).isEqualTo("0.001");
        // 1.0005 is slightly below: rounds down (String.format's HALF_UP would print 1.001).
        assertThat(GoFloatFormat.fixed(1.0005, 3)).isEqualTo("1.000");
        assertThat(String.format(Locale.ROOT, "%.3f", 1.0005)).isEqualTo("1.001");
    }

    @Test
    void fixedKeepsTheSignOfNegativeValuesThatRoundToZero() {
        assertThat(GoFloatFormat.fixed(-0.001, 2)).isEqualTo("-0.00");
        assertThat(GoFloatFormat.fixed(-0.0, 2)).isEqualTo("-0.00");
        assertThat(GoFloatFormat.fixed(-0.001, 2, true)).isEqualTo("-0.00");
        assertThat(GoFloatFormat.fixed(0.0, 2, true)).isEqualTo("+0.00");
        assertThat(GoFloatFormat.fixed(12.3456, 2, true)).isEqualTo("+12.35");
    }

    @Test
    void fixedPrintsAllExactDigitsOfHugeValues() {
        // fmt.Sprintf("%.1f", 1e23): the double is 99999999999999991611392.
        assertThat(GoFloatFormat.fixed(1e23, 1)).isEqualTo("99999999999999991611392.0");
    }

    @Test
    void fixedNonFiniteValuesLikeGo() {
        assertThat(GoFloatFormat.fixed(Double.NaN, 3)).isEqualTo("NaN");
        assertThat(GoFloatFormat.fixed(Double.NaN, 2, true)).isEqualTo("+NaN");
        assertThat(GoFloatFormat.fixed(Double.POSITIVE_INFINITY, 3)).isEqualTo("+Inf");
        assertThat(GoFloatFormat.fixed(Double.NEGATIVE_INFINITY, 2, true)).isEqualTo("-Inf");
    }

    @Test
    void shortestIsGoPercentV() {
        // fmt.Sprintf("%v", x)
        assertThat(GoFloatFormat.shortest(0.95)).isEqualTo("0.95");
        assertThat(GoFloatFormat.shortest(0.05)).isEqualTo("0.05");
        assertThat(GoFloatFormat.shortest(1)).isEqualTo("1");
        assertThat(GoFloatFormat.shortest(123456)).isEqualTo("123456");
        assertThat(GoFloatFormat.shortest(1234567)).isEqualTo("1.234567e+06");
        assertThat(GoFloatFormat.shortest(1e21)).isEqualTo("1e+21");
        assertThat(GoFloatFormat.shortest(0.0001)).isEqualTo("0.0001");
        assertThat(GoFloatFormat.shortest(0.00001)).isEqualTo("1e-05");
        assertThat(GoFloatFormat.shortest(4.113533525298231e-05)).isEqualTo("4.113533525298231e-05");
        assertThat(GoFloatFormat.shortest(-2.5)).isEqualTo("-2.5");
        assertThat(GoFloatFormat.shortest(5e-324)).isEqualTo("5e-324");
        assertThat(GoFloatFormat.shortest(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
        assertThat(GoFloatFormat.shortest(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(GoFloatFormat.shortest(0)).isEqualTo("0");
        assertThat(GoFloatFormat.shortest(-0.0)).isEqualTo("-0");
        assertThat(GoFloatFormat.shortest(Double.NaN)).isEqualTo("NaN");
        assertThat(GoFloatFormat.shortest(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.US, Locale.GERMANY, new Locale("ar", "EG")}) {
                Locale.setDefault(locale);
                assertThat(GoFloatFormat.fixed(1234.5678, 2, true)).as("%s", locale).isEqualTo("+1234.57");
                assertThat(GoFloatFormat.shortest(1234567.5)).as("%s", locale).isEqualTo("1.2345675e+06");
                assertThat(new Comparison(0.0123, 10, 8, 0.05, java.util.List.of()).toString())
                        .as("%s", locale).isEqualTo("p=0.012 n=10+8");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
