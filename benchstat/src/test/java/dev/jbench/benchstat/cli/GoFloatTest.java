package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go strconv.ParseFloat syntax, as Go's flag package accepts for -alpha and -confidence. */
class GoFloatTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "0.05, 0.05", ".5, 0.5", "5., 5", "1e-2, 0.01", "+1E+2, 100", "-0.25, -0.25",
            "0x1p-4, 0.0625", "0X1.8P1, 3", "1_000, 1000", "0x_1p0, 1", "inf, Infinity", "+Inf, Infinity",
            "-infinity, -Infinity", "NaN, NaN", "1e-400, 0",
    })
    void acceptsGoSyntax(String text, double expected) {
        assertThat(Double.valueOf(GoFloat.parse(text))).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1d", "1f", "Infinity1", "+nan", "1_", "_1", "1__0", "0x1.8", "1e", ". ",
            " 1", "1 ", "0,5", "infinit"})
    void rejectsEverythingElseAsParseError(String text) {
        assertThatThrownBy(() -> GoFloat.parse(text)).hasMessage("parse error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e309", "0x1p2000"})
    void overflowIsOutOfRange(String text) {
        assertThatThrownBy(() -> GoFloat.parse(text)).hasMessage("value out of range");
    }
}
