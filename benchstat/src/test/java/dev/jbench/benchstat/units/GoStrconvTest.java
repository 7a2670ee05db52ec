package dev.jbench.benchstat.units;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoStrconvTest {

    /** go-parse.tsv: Go's ParseFloat on ~4,000 crafted and random inputs (value bits, SYNTAX or RANGE). */
    @Test
    void parseFloatMatchesGoOnReferenceTable() {
        List<String[]> rows = GoReference.rows("go-parse.tsv");
        assertThat(rows).hasSizeGreaterThan(4000);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            String input = GoReference.unquote(row[0]);
            String got;
            try {
                double v = GoStrconv.parseFloat(input);
                got = Double.isNaN(v) ? "7ff8000000000001" // Go's NaN bits
                        : String.format("%016x", Double.doubleToRawLongBits(v));
            } catch (GoNumberFormatException e) {
                got = e.reason().name();
            }
            if (!got.equals(row[1])) {
                wrong.add("ParseFloat(" + row[0] + "): got " + got + ", Go " + row[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** go-atoi.tsv: Go's Atoi, including which of syntax and range errors wins. */
    @Test
    void atoiMatchesGoOnReferenceTable() {
        List<String[]> rows = GoReference.rows("go-atoi.tsv");
        assertThat(rows).hasSizeGreaterThan(2000);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            String got;
            try {
                got = Long.toString(GoStrconv.atoi(GoReference.unquote(row[0])));
            } catch (GoNumberFormatException e) {
                got = e.reason().name();
            }
            if (!got.equals(row[1])) {
                wrong.add("Atoi(" + row[0] + "): got " + got + ", Go " + row[1]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "ParseFloat({0}) = {1}")
    @CsvSource(delimiter = '|', value = {"1_000|1000", "0x1p4|16", "0X1P-2|0.25", "+Inf|Infinity",
        "-infinity|-Infinity", "1e-400|0", ".5|0.5", "5.|5"})
    void parseFloatAcceptsGoSyntax(String in, double want) {
        assertThat(GoStrconv.parseFloat(in)).isEqualTo(want);
    }

    @Test
    void parseFloatNaN() {
        assertThat(GoStrconv.parseFloat("nan")).isNaN();
        assertThat(GoStrconv.parseFloat("NaN")).isNaN();
    }

    @ParameterizedTest(name = "ParseFloat({0}) is a syntax error")
    @CsvSource({"1d", "1f", "Infinity1", "+nan", "0x1", "1_", "_1", "' 1'", "1e", "1p4", "''"})
    void parseFloatRejectsJavaOnlySyntax(String in) {
        assertThatThrownBy(() -> GoStrconv.parseFloat(in))
                .isInstanceOfSatisfying(GoNumberFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(GoNumberFormatException.Reason.SYNTAX))
                .hasMessage("strconv.ParseFloat: parsing \"" + in + "\": invalid syntax");
    }

    @Test
    void parseFloatOverflowIsARangeError() {
        assertThatThrownBy(() -> GoStrconv.parseFloat("1e400"))
                .isInstanceOfSatisfying(GoNumberFormatException.class,
                        e -> assertThat(e.reason().text()).isEqualTo("value out of range"));
    }

    /** Go-syntax decimals (with optional underscores removed) parse to the correctly rounded double. */
    @Property(tries = 2000)
    void decimalsAreCorrectlyRounded(@ForAll("decimals") String s) {
        assertThat(GoStrconv.parseFloat(s)).isEqualTo(Double.parseDouble(s));
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
        Arbitrary<String> frac = Arbitraries.strings().numeric().ofMaxLength(25);
        Arbitrary<Integer> exp = Arbitraries.integers().between(-340, 320);
        Arbitrary<Boolean> withExp = Arbitraries.of(true, false);
        return Combinators.combine(digits, frac, exp, withExp)
                .as((d, f, e, we) -> d + (f.isEmpty() ? "" : "." + f) + (we ? "e" + e : ""))
                .filter(s -> !Double.isInfinite(Double.parseDouble(s)));
    }

    @Property(tries = 1000)
    void shortestFormOfAnyDoubleParsesBack(@ForAll double v) {
        if (Double.isNaN(v)) {
            return;
        }
        assertThat(GoStrconv.parseFloat(GoFloats.formatShortest(v))).isEqualTo(v);
    }

    @Property(tries = 1000)
    void atoiOfAnyLongParsesBack(@ForAll long v) {
        assertThat(GoStrconv.atoi(Long.toString(v))).isEqualTo(v);
    }
}
