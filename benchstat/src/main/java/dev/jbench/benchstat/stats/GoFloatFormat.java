package dev.jbench.benchstat.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The two ways Go's {@code fmt} prints a float64 that this package needs: fixed precision ({@code %.Nf},
 * {@code %+.Nf}) and the default verb {@code %v}.
 *
 * <p>Why not {@link String#format}: Go rounds the <em>exact binary value</em> half-to-even ({@code 0.125} prints
 * {@code 0.12}, {@code 0.0005} prints {@code 0.001} because that double is slightly above 0.0005) and keeps the
 * {@code -} of a negative value that rounds to zero; Java rounds HALF_UP on the decimal representation and pads
 * after 17 significant digits. Output never depends on the default locale.
 */
final class GoFloatFormat {

    private GoFloatFormat() {
    }

    /**
     * Go's {@code %.Nf} (or {@code %+.Nf} when {@code plus}).
     *
     * @param v        any double, including NaN and infinities
     * @param decimals digits after the decimal point, {@code >= 0}
     * @param plus     whether a non-negative value gets a leading {@code +}
     */
    static String fixed(double v, int decimals, boolean plus) {
        if (Double.isNaN(v)) {
            return plus ? "+NaN" : "NaN";
        }
        if (Double.isInfinite(v)) {
            // Go keeps the sign of an infinity even without the plus flag.
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String digits = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if (negative) {
            return "-" + digits;
        }
        return plus ? "+" + digits : digits;
    }

    /** Go's {@code %.Nf}. */
    static String fixed(double v, int decimals) {
        return fixed(v, decimals, false);
    }

    /**
     * Go's {@code %v} of a float64: the shortest decimal that reads back as {@code v}, in {@code %e} form when the
     * decimal exponent is below -4 or at least 6 (e.g. {@code 0.95}, {@code 1e-05}, {@code 1.234567e+06}).
     */
    static String shortest(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        String sign = v < 0 ? "-" : "";
        BigDecimal shortest = shortestDecimal(Math.abs(v));
        String digits = shortest.unscaledValue().toString();
        // Strip trailing zeros of the digit string; they are implied by the exponent.
        int nd = digits.length();
        while (nd > 1 && digits.charAt(nd - 1) == '0') {
            nd--;
        }
        // Position of the decimal point relative to the digit string (Go's digs.dp).
        int dp = digits.length() - shortest.scale();
        digits = digits.substring(0, nd);
        int exp = dp - 1;
        if (exp < -4 || exp >= 6) {
            StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int absExp = Math.abs(exp);
            if (absExp < 10) {
                sb.append('0');
            }
            return sb.append(absExp).toString();
        }
        if (dp <= 0) {
            return sign + "0." + "0".repeat(-dp) + digits;
        }
        if (dp >= nd) {
            return sign + digits + "0".repeat(dp - nd);
        }
        return sign + digits.substring(0, dp) + "." + digits.substring(dp);
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code v}; among equally short ones the
     * closest to {@code v} (rounding the exact value half-to-even to p digits yields the closest p-digit decimal, so
     * the first p that round-trips is Go's shortest).
     */
    private static BigDecimal shortestDecimal(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
