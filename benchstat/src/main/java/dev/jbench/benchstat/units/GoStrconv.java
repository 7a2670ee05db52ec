package dev.jbench.benchstat.units;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code strconv.ParseFloat(s, 64)} and {@code strconv.Atoi} as copied into benchfmt's {@code bytesconv}, the
 * versions benchstat's reader uses. (Go 1.19's own {@code strconv.Atoi} differs only in reporting an overflow
 * before a misplaced {@code _}; both are errors.)
 *
 * <p>Go's float syntax differs from {@link Double#parseDouble}: Go accepts {@code _} digit separators
 * ({@code 1_000}), hex floats only with a {@code p} exponent ({@code 0x1p-4}), and case-insensitive {@code inf},
 * {@code +inf}, {@code -inf}, {@code infinity}, {@code nan} (but not {@code +nan}); it rejects Java-only forms
 * such as {@code 1d}, {@code 1f}, hex floats without exponent, and surrounding whitespace. Overflow is an error
 * ({@link GoNumberFormatException.Reason#RANGE}); underflow silently gives zero. Results are correctly rounded
 * (IEEE round-half-even), as Go's are.
 */
public final class GoStrconv {

    /** 10^0 .. 10^22: every one is exact in a double, which makes the fast path below exact. */
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private GoStrconv() {
    }

    /** Go {@code strconv.ParseFloat(s, 64)}. */
    public static double parseFloat(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return parseFloat(b, 0, b.length);
    }

    /**
     * Go {@code strconv.ParseFloat} of the ASCII/UTF-8 bytes {@code buf[from, to)}.
     *
     * @throws GoNumberFormatException with reason SYNTAX or RANGE
     */
    public static double parseFloat(byte[] buf, int from, int to) {
        if (from >= to) {
            throw floatError(buf, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        boolean underscores = false;
        for (int i = from; i < to; i++) {
            if (buf[i] == '_') {
                underscores = true;
                break;
            }
        }
        if (underscores && !underscoreOk(buf, from, to)) {
            throw floatError(buf, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        double special = special(buf, from, to);
        if (special == special || isNan(buf, from, to)) {
            return special;
        }
        return readFloat(buf, from, to);
    }

    /** Go {@code strconv.Atoi} on a 64-bit platform. */
    public static long atoi(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return atoi(b, 0, b.length);
    }

    /**
     * Go {@code strconv.Atoi} of {@code buf[from, to)}: base 10, optional sign, no underscores, must fit in a long.
     * As in Go, an overflow is reported as soon as it happens, even if an invalid character follows.
     *
     * @throws GoNumberFormatException with reason SYNTAX or RANGE
     */
    public static long atoi(byte[] buf, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && (buf[i] == '+' || buf[i] == '-')) {
            neg = buf[i] == '-';
            i++;
        }
        if (i >= to) {
            throw intError(buf, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        // Go checks the underscore rule before any digit, so a misplaced '_' is a syntax error even in a number
        // that would also overflow.
        for (int k = i; k < to; k++) {
            if (buf[k] == '_') {
                if (!underscoreOk(buf, i, to)) {
                    throw intError(buf, from, to, GoNumberFormatException.Reason.SYNTAX);
                }
                break;
            }
        }
        // Accumulate the magnitude as an unsigned 64-bit value, like Go's ParseUint.
        long n = 0;
        final long cutoff = Long.divideUnsigned(-1L, 10) + 1;
        for (; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw intError(buf, from, to, GoNumberFormatException.Reason.SYNTAX);
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                throw intError(buf, from, to, GoNumberFormatException.Reason.RANGE);
            }
            long n1 = n * 10 + d;
            if (Long.compareUnsigned(n1, n * 10) < 0) {
                throw intError(buf, from, to, GoNumberFormatException.Reason.RANGE);
            }
            n = n1;
        }
        if (!neg && Long.compareUnsigned(n, Long.MIN_VALUE) >= 0) {
            throw intError(buf, from, to, GoNumberFormatException.Reason.RANGE);
        }
        if (neg && Long.compareUnsigned(n, Long.MIN_VALUE) > 0) {
            throw intError(buf, from, to, GoNumberFormatException.Reason.RANGE);
        }
        return neg ? -n : n;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static boolean isNan(byte[] b, int from, int to) {
        return equalsIgnoreCase(b, from, to, "nan");
    }

    /** ±Inf for Go's infinity spellings, NaN for {@code nan}, otherwise NaN too (callers test {@link #isNan}). */
    private static double special(byte[] b, int from, int to) {
        switch (b[from]) {
            case '+':
                if (equalsIgnoreCase(b, from, to, "+inf") || equalsIgnoreCase(b, from, to, "+infinity")) {
                    return Double.POSITIVE_INFINITY;
                }
                break;
            case '-':
                if (equalsIgnoreCase(b, from, to, "-inf") || equalsIgnoreCase(b, from, to, "-infinity")) {
                    return Double.NEGATIVE_INFINITY;
                }
                break;
            case 'i', 'I':
                if (equalsIgnoreCase(b, from, to, "inf") || equalsIgnoreCase(b, from, to, "infinity")) {
                    return Double.POSITIVE_INFINITY;
                }
                break;
            default:
                break;
        }
        return Double.NaN;
    }

    private static boolean equalsIgnoreCase(byte[] b, int from, int to, String lower) {
        if (to - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int lower(int c) {
        return c | ('x' - 'X');
    }

    /** Go's rule: an underscore may only sit between digits, or between a base prefix and a digit. */
    static boolean underscoreOk(byte[] s, int from, int to) {
        char saw = '^';
        int i = from;
        if (i < to && (s[i] == '-' || s[i] == '+')) {
            i++;
        }
        boolean hex = false;
        if (to - i >= 2 && s[i] == '0') {
            int c1 = lower(s[i + 1]);
            if (c1 == 'b' || c1 == 'o' || c1 == 'x') {
                i += 2;
                saw = '0';
                hex = c1 == 'x';
            }
        }
        for (; i < to; i++) {
            int c = s[i];
            if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /**
     * Validates Go's float syntax (readFloat) and converts. Plain decimals with at most 15 significant digits and a
     * small exponent are converted exactly with one IEEE multiplication or division (Clinger's fast path); anything
     * else goes through a cleaned string to {@link Double#parseDouble}, which is correctly rounded like Go.
     */
    private static double readFloat(byte[] s, int from, int to) {
        int i = from;
        boolean neg = false;
        if (s[i] == '+' || s[i] == '-') {
            neg = s[i] == '-';
            i++;
        }
        boolean hex = false;
        int digitsStart;
        if (i + 2 < to && s[i] == '0' && lower(s[i + 1]) == 'x') {
            hex = true;
            i += 2;
        }
        digitsStart = i;
        boolean sawDot = false;
        boolean sawDigits = false;
        long mantissa = 0;
        int nd = 0;          // significant digits seen (after leading zeros)
        int ndMant = 0;      // digits accumulated into mantissa
        int dp = 0;          // decimal point position relative to the first significant digit
        boolean trunc = false;
        boolean nonZero = false;
        for (; i < to; i++) {
            int c = s[i];
            if (c == '_') {
                continue;
            }
            if (c == '.') {
                if (sawDot) {
                    throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
                }
                sawDot = true;
                dp = nd;
                continue;
            }
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (hex && lower(c) >= 'a' && lower(c) <= 'f') {
                d = lower(c) - 'a' + 10;
            } else {
                break;
            }
            sawDigits = true;
            if (d == 0 && nd == 0) {
                dp--;
                continue;
            }
            nonZero = true;
            nd++;
            if (!hex && ndMant < 15) {
                mantissa = mantissa * 10 + d;
                ndMant++;
            } else if (d != 0) {
                trunc = true;
            }
        }
        int digitsEnd = i;
        if (!sawDigits) {
            throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        if (!sawDot) {
            dp = nd;
        }
        int exp = 0;
        boolean hasExp = false;
        int expChar = hex ? 'p' : 'e';
        if (i < to && lower(s[i]) == expChar) {
            hasExp = true;
            i++;
            if (i >= to) {
                throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
            }
            int esign = 1;
            if (s[i] == '+') {
                i++;
            } else if (s[i] == '-') {
                i++;
                esign = -1;
            }
            if (i >= to || s[i] < '0' || s[i] > '9') {
                throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
            }
            int e = 0;
            for (; i < to && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
                if (s[i] == '_') {
                    continue;
                }
                // Go stops accumulating at 10000: such exponents overflow or underflow anyway.
                if (e < 10000) {
                    e = e * 10 + (s[i] - '0');
                }
            }
            exp = e * esign;
        } else if (hex) {
            throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        if (i != to) {
            throw floatError(s, from, to, GoNumberFormatException.Reason.SYNTAX);
        }
        if (!nonZero) {
            return neg ? -0.0 : 0.0;
        }
        if (!hex && !trunc) {
            // value = mantissa * 10^(dp - ndMant + exp)
            int e10 = dp - ndMant + exp;
            double m = mantissa;
            if (e10 == 0) {
                return neg ? -m : m;
            }
            if (e10 > 0 && e10 <= 22) {
                double r = m * POW10[e10];
                return neg ? -r : r;
            }
            if (e10 < 0 && e10 >= -22) {
                double r = m / POW10[-e10];
                return neg ? -r : r;
            }
        }
        StringBuilder sb = new StringBuilder(to - from + 8);
        if (neg) {
            sb.append('-');
        }
        if (hex) {
            sb.append("0x");
        }
        for (int k = digitsStart; k < digitsEnd; k++) {
            if (s[k] != '_') {
                sb.append((char) s[k]);
            }
        }
        sb.append(hex ? 'p' : 'e').append(exp);
        double r = Double.parseDouble(sb.toString());
        if (Double.isInfinite(r)) {
            throw floatError(s, from, to, GoNumberFormatException.Reason.RANGE);
        }
        return r;
    }

    private static GoNumberFormatException floatError(byte[] s, int from, int to, GoNumberFormatException.Reason r) {
        return new GoNumberFormatException("ParseFloat", new String(s, from, to - from, StandardCharsets.UTF_8), r);
    }

    private static GoNumberFormatException intError(byte[] s, int from, int to, GoNumberFormatException.Reason r) {
        return new GoNumberFormatException("Atoi", new String(s, from, to - from, StandardCharsets.UTF_8), r);
    }

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal for {@code s}. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0B -> b.append("\\v");
                default -> {
                    if (GoUnicode.isPrint(cp)) {
                        b.appendCodePoint(cp);
                    } else if (cp < ' ' || cp == 0x7F) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
                    } else {
                        b.append(String.format(java.util.Locale.ROOT, "\\U%08x", cp));
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
