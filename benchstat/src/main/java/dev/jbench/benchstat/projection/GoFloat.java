package dev.jbench.benchstat.projection;

/**
 * Go's {@code strconv.ParseFloat(s, 64)} accept/reject rules, so that the {@code num} order agrees with Go:
 * decimal and hexadecimal ({@code 0x1p-2}, exponent required) literals with optional sign, {@code _} between
 * digits, {@code inf}/{@code infinity}/{@code nan} in any case (sign allowed on infinities only). Out-of-range
 * values are errors (Go returns ErrRange); no surrounding space and no Java suffixes ({@code 1d}, {@code 1f}).
 */
final class GoFloat {

    private static final long ERROR_BITS = 0x7ff80000_0000beefL;

    private GoFloat() {
    }

    static boolean isError(double v) {
        return Double.doubleToRawLongBits(v) == ERROR_BITS;
    }

    private static double error() {
        return Double.longBitsToDouble(ERROR_BITS);
    }

    /** The value of {@code s}, or a value for which {@link #isError} is true. */
    static double parse(String s) {
        int n = s.length();
        if (n == 0) {
            return error();
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (i == 0 && rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        boolean hex = rest.length() > 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X');
        if (!wellFormed(rest, hex)) {
            return error();
        }
        String clean = rest.replace("_", "");
        double v;
        try {
            v = Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            return error();
        }
        if (Double.isInfinite(v)) {
            return error(); // overflow: Go's ErrRange
        }
        return negative ? -v : v;
    }

    /** Go's float literal syntax without sign, including its underscore rule. */
    private static boolean wellFormed(String s, boolean hex) {
        int i = hex ? 2 : 0;
        int n = s.length();
        int digits = 0;
        boolean sawDot = false;
        // Underscores must separate digits (or follow the base prefix).
        char prev = hex ? '0' : 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(isDigit(prev, hex) || (hex && i == 2))) {
                    return false;
                }
            } else if (isDigit(c, hex)) {
                digits++;
            } else if (c == '.' && !sawDot) {
                if (prev == '_') {
                    return false;
                }
                sawDot = true;
            } else {
                break;
            }
            prev = c;
        }
        if (prev == '_' || digits == 0) {
            return false;
        }
        if (i == n) {
            return !hex; // a hex mantissa needs a 'p' exponent
        }
        char e = s.charAt(i);
        if (hex ? (e != 'p' && e != 'P') : (e != 'e' && e != 'E')) {
            return false;
        }
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int expDigits = 0;
        prev = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev, false)) {
                    return false;
                }
            } else if (c >= '0' && c <= '9') {
                expDigits++;
            } else {
                return false;
            }
            prev = c;
        }
        return expDigits > 0 && prev != '_';
    }

    private static boolean isDigit(char c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }
}
