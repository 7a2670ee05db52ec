package dev.jbench.benchstat.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Go's float formatting for the few places this package prints raw numbers: {@code %v} (CSV, JSON) and
 * {@code %+.2f} (geomean deltas). Locale-independent.
 */
final class GoNumbers {

    private GoNumbers() {
    }

    /**
     * Go's {@code %v} of a float64 ({@code strconv.FormatFloat(v, 'g', -1, 64)}): shortest round-trip digits, in
     * exponent form ({@code 1.718e-06}, exponent signed and at least two digits) iff the decimal exponent of
     * {@code d.ddd×10^x} is {@code x < -4 || x >= 6}, else plain ({@code 0.0001}, {@code 999999}); {@code NaN},
     * {@code +Inf}, {@code -Inf}.
     */
    static String v(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        if (value == 0) {
            return negative ? "-0" : "0";
        }
        // Double.toString gives the shortest round-trip digits (on JDK >= 19 always; on 17 it matched Go on every
        // value of the conformance corpus).
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exp = digits.length() - 1 - shortest.scale(); // x in d.ddd×10^x
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else {
            sb.append(shortest.toPlainString());
        }
        return sb.toString();
    }

    /** Go's {@code %+.Nf}: sign always shown, exact binary value rounded half-to-even, {@code -} kept on -0. */
    static String signedFixed(double value, int decimals) {
        String s = fixed(value, decimals);
        return s.startsWith("-") || s.startsWith("+") || s.equals("NaN") ? s : "+" + s;
    }

    /** Go's {@code %.Nf}. */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        String digits = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative ? "-" + digits : digits;
    }
}
