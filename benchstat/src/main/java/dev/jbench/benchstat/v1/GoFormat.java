package dev.jbench.benchstat.v1;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code fmt} verbs that classic benchstat uses ({@code %.Nf}, {@code %+.Nf}, {@code %.NE}, {@code %Ns}),
 * reproduced exactly.
 *
 * <p>Why not {@link String#format}: Go rounds the exact binary value half-to-even, keeps the {@code -} of negative
 * values that round to zero ({@code -0.00}) and prints every exact digit of huge values, while Java rounds HALF_UP
 * and zero-pads after 17 significant digits. Widths count code points, as Go counts runes.
 */
final class GoFormat {

    private GoFormat() {
    }

    /** Go {@code %.<prec>f}: NaN → {@code NaN}, infinities → {@code +Inf}/{@code -Inf}. */
    static String fixed(double v, int prec) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String digits = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).abs().toPlainString();
        return isNegative(v) ? "-" + digits : digits;
    }

    /** Go {@code %+.<prec>f}: like {@link #fixed} but non-negative values get a {@code +} (NaN → {@code +NaN}). */
    static String fixedSigned(double v, int prec) {
        String s = fixed(v, prec);
        return s.startsWith("-") || s.startsWith("+") ? s : "+" + s;
    }

    /** Go {@code %.<prec>E}: {@code d.dddddE±dd}, at least two exponent digits. */
    static String scientific(double v, int prec) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String sign = isNegative(v) ? "-" : "";
        StringBuilder digits;
        int exp;
        if (v == 0) {
            digits = new StringBuilder("0");
            exp = 0;
        } else {
            BigDecimal rounded = new BigDecimal(v).abs().round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = new StringBuilder(rounded.unscaledValue().toString());
            exp = digits.length() - 1 - rounded.scale();
        }
        while (digits.length() < prec + 1) {
            digits.append('0');
        }
        digits.setLength(prec + 1);
        StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
        if (prec > 0) {
            out.append('.').append(digits, 1, prec + 1);
        }
        out.append('E').append(exp < 0 ? '-' : '+');
        int absExp = Math.abs(exp);
        if (absExp < 10) {
            out.append('0');
        }
        return out.append(absExp).toString();
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

    private static boolean isNegative(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }
}
