package dev.jbench.benchstat.units;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GoFloatsTest {

    /** Every column of go-floats.tsv, i.e. Go's own output for ~5,000 doubles, must match byte for byte. */
    @Test
    void matchesGoOnReferenceTable() {
        List<String[]> rows = GoReference.rows("go-floats.tsv");
        assertThat(rows).hasSizeGreaterThan(5000);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            String[] got = {
                GoFloats.formatShortest(v), GoFloats.formatFixed(v, 0), GoFloats.formatFixed(v, 1),
                GoFloats.formatFixed(v, 3), GoFloats.formatFixedPlus(v, 2), GoFloats.formatExpUpper(v, 5),
                GoFloats.formatGeneral(v, 3), GoFloats.formatGeneral(v, 10), GoFloats.formatFixed(v, -1),
            };
            String[] verbs = {"%v", "%.0f", "%.1f", "%.3f", "%+.2f", "%.5E", "%.3g", "%.10g", "'f',-1"};
            for (int i = 0; i < got.length; i++) {
                if (!got[i].equals(row[i + 1])) {
                    wrong.add("bits " + row[0] + " " + verbs[i] + ": got " + got[i] + ", Go " + row[i + 1]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "%v of {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0", "-0.0|-0", "1|1", "100|100", "999999|999999", "1e6|1e+06", "1234567.5|1.2345675e+06",
        "123456789|1.23456789e+08", "1e-4|0.0001", "1e-5|1e-05", "5.2e-8|5.2e-08", "1e23|1e+23", "2e-3|0.002",
        "4.9e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e+308", "0.3|0.3",
        "NaN|NaN", "Infinity|+Inf", "-Infinity|-Inf",
    })
    void shortestExamples(double v, String want) {
        assertThat(GoFloats.formatShortest(v)).isEqualTo(want);
    }

    @Test
    void shortestOfTidiedNanoseconds() {
        // 1718 ns/op tidied: the product is not the double nearest 1.718e-6, so Go prints 17 digits.
        assertThat(GoFloats.formatShortest(1718 * 1e-9)).isEqualTo("1.7180000000000001e-06");
    }

    @ParameterizedTest(name = "%.{1}f of {0} is {2}")
    @CsvSource(delimiter = '|', value = {
        "0.125|2|0.12", "0.375|2|0.38", "2.5|0|2", "3.5|0|4", "0.0005|3|0.001", "1.005|2|1.00",
        "-0.0001|3|-0.000", "-0.0|2|-0.00", "1e21|0|1000000000000000000000", "NaN|2|NaN", "Infinity|1|+Inf",
        "-Infinity|1|-Inf", "123.456|-1|123.456", "1e-7|-1|0.0000001", "0.5|0|0", "1.5|0|2",
    })
    void fixedRoundsHalfEvenOnTheExactValue(double v, int prec, String want) {
        assertThat(GoFloats.formatFixed(v, prec)).isEqualTo(want);
    }

    @Test
    void fixedPrintsAllExactDigitsOfHugeValues() {
        String s = GoFloats.formatFixed(3.5e300, 1);
        assertThat(s).hasSize(301 + 2).endsWith(".0").isEqualTo(new BigDecimal(3.5e300).toPlainString() + ".0");
    }

    @ParameterizedTest(name = "%+.2f of {0} is {1}")
    @CsvSource(delimiter = '|', value = {"0|+0.00", "-0.0001|-0.00", "12.345|+12.35", "12.3449|+12.34",
        "NaN|+NaN", "Infinity|+Inf", "-3|-3.00"})
    void fixedPlus(double v, String want) {
        assertThat(GoFloats.formatFixedPlus(v, 2)).isEqualTo(want);
    }

    @ParameterizedTest(name = "%.{1}g of {0} is {2}")
    @CsvSource(delimiter = '|', value = {"1|3|1", "100|3|100", "1234|3|1.23e+03", "0.0001234|3|0.000123",
        "0.00001234|3|1.23e-05", "0|3|0", "1e6|6|1e+06", "123456|6|123456", "2.5|0|2"})
    void general(double v, int prec, String want) {
        assertThat(GoFloats.formatGeneral(v, prec)).isEqualTo(want);
    }

    @Test
    void exponentForms() {
        assertThat(GoFloats.formatExpUpper(46.87, 5)).isEqualTo("4.68700E+01");
        assertThat(GoFloats.formatExp(0, 2)).isEqualTo("0.00e+00");
        assertThat(GoFloats.formatExp(1e100, 0)).isEqualTo("1e+100");
        assertThat(GoFloats.formatExp(9.9999, 2)).isEqualTo("1.00e+01");
    }

    /** Output is identical whatever the default locale (Go's formatting has none). */
    @Test
    void independentOfDefaultLocale() {
        double[] values = {1234567.891, 0.000123, -42.5, 1e21, 3.25, 1718 * 1e-9};
        Locale saved = Locale.getDefault();
        List<String> reference = null;
        try {
            for (Locale l : new Locale[] {Locale.ROOT, Locale.US, Locale.GERMANY, new Locale("ar", "EG"),
                    new Locale("hi", "IN")}) {
                Locale.setDefault(l);
                List<String> got = new ArrayList<>();
                for (double v : values) {
                    got.add(GoFloats.formatShortest(v));
                    got.add(GoFloats.formatFixed(v, 3));
                    got.add(GoFloats.formatFixedPlus(v, 2));
                    got.add(GoFloats.formatExpUpper(v, 5));
                    got.add(GoFloats.formatGeneral(v, 4));
                    got.add(Scaler.scale(v, UnitClass.DECIMAL));
                }
                if (reference == null) {
                    reference = got;
                    assertThat(got).contains("1.234567891e+06", "+3.25", "1.235M");
                } else {
                    assertThat(got).as("locale %s", l).isEqualTo(reference);
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** The shortest form reads back exactly, and no representation with one digit fewer does. */
    @Property(tries = 1000)
    void shortestRoundTripsAndIsMinimal(@ForAll double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        String s = GoFloats.formatShortest(v);
        assertThat(GoStrconv.parseFloat(s)).isEqualTo(v);
        if (v == 0) {
            return;
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        int digits = new BigDecimal(s.replace("e", "E")).abs().stripTrailingZeros().precision();
        if (digits > 1) {
            for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(digits - 1, m));
                assertThat(Double.parseDouble(shorter.toString())).as("%s has a shorter form %s", s, shorter)
                        .isNotEqualTo(Math.abs(v));
            }
        }
    }

    /** The fast shortest path agrees with the exact one (binary search over BigDecimal roundings). */
    @Property(tries = 1000)
    void fastShortestAgreesWithExactSearch(@ForAll double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return;
        }
        assertThat(DecimalDigits.shortest(v)).isEqualTo(DecimalDigits.shortestExact(Math.abs(v), 1, 17));
    }

    @Property(tries = 1000)
    void fastShortestAgreesWithExactSearchOnTidiedValues(@ForAll("tidied") double v) {
        assertThat(DecimalDigits.shortest(v)).isEqualTo(DecimalDigits.shortestExact(Math.abs(v), 1, 17));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Double> tidied() {
        return net.jqwik.api.Arbitraries.longs().between(1, 10_000_000_000L)
                .flatMap(n -> net.jqwik.api.Arbitraries.of(n * 1e-9, n * 1e6, n / 3.0, n * 0.1, n / 7e3));
    }

    /** %.Nf equals BigDecimal HALF_EVEN rounding of the exact value, with the sign kept. */
    @Property(tries = 1000)
    void fixedAgreesWithExactHalfEvenRounding(@ForAll double v, @ForAll("precisions") int prec) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        String want = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if ((Double.doubleToRawLongBits(v) < 0) && !want.startsWith("-")) {
            want = "-" + want;
        }
        assertThat(GoFloats.formatFixed(v, prec)).isEqualTo(want);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> precisions() {
        return net.jqwik.api.Arbitraries.integers().between(0, 12);
    }
}
