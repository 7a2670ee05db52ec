package dev.jbench.benchstat.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats doubles exactly as Go's {@code fmt}/{@code strconv} do, independent of the default {@link java.util.Locale}.
 *
 * <p>Why not {@link String#format}: Java rounds {@code %.Nf} half-up on the decimal string of the double and pads
 * large values with zeros after 17 digits, and it is locale dependent. Go rounds the <em>exact</em> binary value
 * half-to-even ({@code %.2f} of 0.125 is {@code 0.12}, of 0.375 is {@code 0.38}; {@code %.3f} of 0.0005 is
 * {@code 0.001} because that double is slightly above 0.0005), prints every exact digit of huge values, and keeps
 * the sign of negative values that round to zero ({@code -0.00}). Special values print as {@code NaN}, {@code +Inf},
 * {@code -Inf}.
 */
public final class GoFloats {

    private GoFloats() {
    }

    /**
     * Go {@code %v} of a float64, i.e. {@code strconv.FormatFloat(v, 'g', -1, 64)}: the shortest digits that read
     * back as {@code v}, in exponent form iff the decimal exponent x of {@code d.ddd×10^x} is below -4 or at least 6,
     * however many digits there are ({@code 100}, {@code 999999}, {@code 1e+06}, {@code 1.7180000000000001e-06},
     * {@code 0.0001}, {@code 1e-05}). The exponent has a sign and at least two digits.
     */
    public static String formatShortest(double v) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        DecimalDigits d = DecimalDigits.shortest(v);
        StringBuilder sb = new StringBuilder(24);
        boolean neg = isNegative(v);
        int exp = d.dp() - 1;
        if (d.length() > 0 && (exp < -4 || exp >= 6)) {
            appendExp(sb, neg, d, d.length() - 1, 'e');
        } else {
            appendFixed(sb, neg, d, Math.max(d.length() - d.dp(), 0));
        }
        return sb.toString();
    }

    /**
     * Go {@code %.<prec>f}, i.e. {@code strconv.FormatFloat(v, 'f', prec, 64)}: round half-to-even on the exact
     * value. A negative {@code prec} gives the shortest round-trip digits in plain notation ({@code 'f', -1}), which
     * Go's {@code benchunit.NoOpScaler} uses.
     */
    public static String formatFixed(double v, int prec) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        if (prec < 0) {
            DecimalDigits d = DecimalDigits.shortest(v);
            StringBuilder sb = new StringBuilder(24);
            appendFixed(sb, isNegative(v), d, Math.max(d.length() - d.dp(), 0));
            return sb.toString();
        }
        String fast = fixedFast(v, prec);
        if (fast != null) {
            return fast;
        }
        String s = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (isNegative(v) && s.charAt(0) != '-') {
            s = "-" + s;
        }
        return s;
    }

    /**
     * {@code %.Nf} without BigDecimal for the common case: p = |v|·10^prec is computed with one rounding, so it is
     * within half an ulp of the exact product; unless p is that close to a tie (x.5), rounding p gives the same
     * integer as rounding the exact product. Near ties, and for values too large for exact long arithmetic, returns
     * null so that the exact path decides.
     */
    private static String fixedFast(double v, int prec) {
        if (prec >= POW10.length) {
            return null;
        }
        double p = Math.abs(v) * POW10[prec];
        if (!(p < 0x1p53)) {
            return null;
        }
        double floor = Math.floor(p);
        double frac = p - floor;
        if (Math.abs(frac - 0.5) <= Math.ulp(p)) {
            return null;
        }
        long q = (long) floor + (frac > 0.5 ? 1 : 0);
        String digits = Long.toString(q);
        StringBuilder sb = new StringBuilder(digits.length() + prec + 3);
        if (isNegative(v)) {
            sb.append('-');
        }
        if (prec == 0) {
            return sb.append(digits).toString();
        }
        int intLen = digits.length() - prec;
        if (intLen <= 0) {
            sb.append("0.");
            for (int i = intLen; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits, 0, intLen).append('.').append(digits, intLen, digits.length());
        }
        return sb.toString();
    }

    /** 10^0 .. 10^22, all exact doubles. */
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** Go {@code %+.<prec>f}: like {@link #formatFixed} but non-negative values get a {@code +} ({@code +NaN} too). */
    public static String formatFixedPlus(double v, int prec) {
        String s = formatFixed(v, prec);
        return s.charAt(0) == '-' || s.charAt(0) == '+' ? s : "+" + s;
    }

    /** Go {@code %.<prec>e}: {@code d.ddde±XX} with {@code prec >= 0} digits after the point. */
    public static String formatExp(double v, int prec) {
        return formatExp(v, prec, 'e');
    }

    /** Go {@code %.<prec>E}: like {@link #formatExp} with a capital {@code E} ({@code 4.68700E+01}). */
    public static String formatExpUpper(double v, int prec) {
        return formatExp(v, prec, 'E');
    }

    private static String formatExp(double v, int prec, char e) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        DecimalDigits d = DecimalDigits.significant(v, prec + 1);
        StringBuilder sb = new StringBuilder(prec + 8);
        appendExp(sb, isNegative(v), d, prec, e);
        return sb.toString();
    }

    /**
     * Go {@code %.<prec>g}: {@code prec} significant digits (0 means 1), trailing zeros removed, exponent form iff
     * the exponent is below -4 or at least the precision.
     */
    public static String formatGeneral(double v, int prec) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        if (prec == 0) {
            prec = 1;
        }
        DecimalDigits d = DecimalDigits.significant(v, prec);
        boolean neg = isNegative(v);
        int nd = d.length();
        int eprec = prec;
        if (eprec > nd && nd >= d.dp()) {
            eprec = nd;
        }
        int exp = d.dp() - 1;
        StringBuilder sb = new StringBuilder(24);
        if (exp < -4 || exp >= eprec) {
            appendExp(sb, neg, d, Math.min(prec, nd) - 1, 'e');
        } else {
            int p = prec > d.dp() ? nd : prec;
            appendFixed(sb, neg, d, Math.max(p - d.dp(), 0));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static boolean isNegative(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }

    private static String special(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "+Inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Inf";
        }
        return null;
    }

    /** Go's {@code fmtF}: integer part (at least "0"), then {@code prec} fraction digits. */
    private static void appendFixed(StringBuilder sb, boolean neg, DecimalDigits d, int prec) {
        if (neg) {
            sb.append('-');
        }
        int nd = d.length();
        int dp = d.dp();
        if (dp > 0) {
            int m = Math.min(nd, dp);
            sb.append(d.digits(), 0, m);
            for (; m < dp; m++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = dp + i - 1;
                sb.append(j >= 0 && j < nd ? d.digit(j) : '0');
            }
        }
    }

    /** Go's {@code fmtE}: {@code d.ddd} with {@code prec} fraction digits, then {@code e±XX}. */
    private static void appendExp(StringBuilder sb, boolean neg, DecimalDigits d, int prec, char e) {
        if (neg) {
            sb.append('-');
        }
        int nd = d.length();
        sb.append(nd == 0 ? '0' : d.digit(0));
        if (prec > 0) {
            sb.append('.');
            int i = 1;
            int m = Math.min(nd, prec + 1);
            if (i < m) {
                sb.append(d.digits(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                sb.append('0');
            }
        }
        sb.append(e);
        int exp = nd == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }
}
