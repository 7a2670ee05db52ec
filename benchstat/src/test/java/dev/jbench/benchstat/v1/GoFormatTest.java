package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go {@code fmt} rounding: half-to-even on the exact binary value, sign of negative zero kept, no locale. */
class GoFormatTest {

    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROOT", "en-US", "de-DE", "fr-FR"})
    void fixedRoundsTheExactBinaryValueHalfToEven(String tag) {
        Locale.setDefault(tag.equals("ROOT") ? Locale.ROOT : Locale.forLanguageTag(tag));
        assertThat(GoFormat.fixed(0.125, 2)).isEqualTo("0.12"); // exact tie → even
        assertThat(GoFormat.fixed(0.375, 2)).isEqualTo("0.38");
        assertThat(GoFormat.fixed(2.5, 0)).isEqualTo("2");
        assertThat(GoFormat.fixed(3.5, 0)).isEqualTo("4");
        assertThat(GoFormat.fixed(0.0005, 3)).isEqualTo("0.001"); // the double is slightly above 0.0005
        assertThat(GoFormat.fixed(1.005, 2)).isEqualTo("1.00"); // the double is slightly below 1.005
        assertThat(GoFormat.fixed(-0.001, 2)).isEqualTo("-0.00");
        assertThat(GoFormat.fixed(-0.0, 1)).isEqualTo("-0.0");
        assertThat(GoFormat.fixed(1234567.891, 1)).isEqualTo("1234567.9");
        assertThat(GoFormat.fixed(1e20, 0)).isEqualTo("100000000000000000000");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void specialValuesAsGoPrintsThem(double v) {
        String expected = Double.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
        assertThat(GoFormat.fixed(v, 2)).isEqualTo(expected);
        assertThat(GoFormat.scientific(v, 5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROOT", "de-DE"})
    void signedFixedAlwaysHasASign(String tag) {
        Locale.setDefault(tag.equals("ROOT") ? Locale.ROOT : Locale.forLanguageTag(tag));
        assertThat(GoFormat.fixedSigned(5.0123, 2)).isEqualTo("+5.01");
        assertThat(GoFormat.fixedSigned(-30.987, 2)).isEqualTo("-30.99");
        assertThat(GoFormat.fixedSigned(0.0, 2)).isEqualTo("+0.00");
        assertThat(GoFormat.fixedSigned(-1e-9, 2)).isEqualTo("-0.00");
        assertThat(GoFormat.fixedSigned(Double.NaN, 2)).isEqualTo("+NaN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROOT", "de-DE"})
    void scientificMatchesGoPercentE(String tag) {
        Locale.setDefault(tag.equals("ROOT") ? Locale.ROOT : Locale.forLanguageTag(tag));
        assertThat(GoFormat.scientific(46.87, 5)).isEqualTo("4.68700E+01");
        assertThat(GoFormat.scientific(72428.0, 5)).isEqualTo("7.24280E+04");
        assertThat(GoFormat.scientific(0.0, 5)).isEqualTo("0.00000E+00");
        assertThat(GoFormat.scientific(-238.0, 5)).isEqualTo("-2.38000E+02");
        assertThat(GoFormat.scientific(9.999995, 5)).isEqualTo("1.00000E+01"); // binary value above the tie
        assertThat(GoFormat.scientific(0.000123455, 5)).isEqualTo("1.23455E-04"); // binary value below the tie
        assertThat(GoFormat.scientific(1.234565e-7, 5)).isEqualTo("1.23457E-07");
        assertThat(GoFormat.scientific(1e300, 5)).isEqualTo("1.00000E+300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"µs", "ab"})
    void paddingCountsCodePoints(String s) {
        assertThat(GoFormat.padLeft(s, 4)).isEqualTo("  " + s);
        assertThat(GoFormat.padRight(s, 4)).isEqualTo(s + "  ");
        assertThat(GoFormat.padLeft("\uD83D\uDE00", 2)).isEqualTo(" \uD83D\uDE00"); // one rune, two chars
    }
}
