package dev.jbench.benchstat.v1;

import dev.jbench.benchstat.units.GoFloats;

/**
 * Go's {@code fmt} verbs that classic benchstat uses ({@code %.Nf}, {@code %+.Nf}, {@code %.NE}, {@code %Ns}),
 * reproduced exactly.
 *
 * <p>The numbers come from {@link GoFloats}. Why not {@link String#format}: Go rounds the exact binary value half-to-even, keeps the {@code -} of negative
 * values that round to zero ({@code -0.00}) and prints every exact digit of huge values, while Java rounds HALF_UP
 * and zero-pads after 17 significant digits. Widths count code points, as Go counts runes.
 */
final class GoFormat {

    private GoFormat() {
    }

    /** Go {@code %.<prec>f}: NaN → {@code NaN}, infinities → {@code +Inf}/{@code -Inf}. */
    static String fixed(double v, int prec) {
        return GoFloats.formatFixed(v, prec);
    }

    /** Go {@code %+.<prec>f}: like {@link #fixed} but non-negative values get a {@code +} (NaN → {@code +NaN}). */
    static String fixedSigned(double v, int prec) {
        return GoFloats.formatFixedPlus(v, prec);
    }

    /** Go {@code %.<prec>E}: {@code d.dddddE±dd}, at least two exponent digits. */
    static String scientific(double v, int prec) {
        return GoFloats.formatExpUpper(v, prec);
    }

    /** Go {@code %<width>s}: right-aligns {@code s} in {@code width} code points. */
    static String padLeft(String s, int width) {
        int n = runeCount(s);
        return n >= width ? s : " ".repeat(width - n) + s;
    }

    /** Go {@code %-<width>s}: left-aligns {@code s} in {@code width} code points. */
    static String padRight(String s, int width) {
        int n = runeCount(s);
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** Go {@code utf8.RuneCountInString}. */
    static int runeCount(String s) {
        return s.codePointCount(0, s.length());
    }
}
