package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's text primitives that decide how classic benchstat reads a line: {@code unicode.IsSpace},
 * {@code unicode.IsLower}/{@code IsUpper}, {@code strings.Fields}, {@code strconv.ParseFloat} and the
 * {@code strconv.Atoi} check on the iteration count.
 *
 * <p>Java's {@link Character#isWhitespace}, {@link Character#isLowerCase} and {@link Double#parseDouble} accept
 * different sets (no NBSP, Other_Lowercase, {@code 1d}, no {@code inf}/{@code _}), so they are not used directly.
 */
final class GoText {

    private GoText() {
    }

    /** Go {@code unicode.IsSpace}. */
    static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** Go {@code unicode.IsLower}: general category Ll. */
    static boolean isLower(int c) {
        return Character.getType(c) == Character.LOWERCASE_LETTER;
    }

    /** Go {@code unicode.IsUpper}: general category Lu. */
    static boolean isUpper(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** Go {@code strings.IndexFunc(s, unicode.IsSpace)}: char index of the first space, or -1. */
    static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isSpace(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Go {@code strings.Fields}: the runs of non-space code points. */
    static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isSpace(c)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /**
     * Whether Go's {@code strconv.Atoi(s)} yields a non-zero int. Syntax errors yield 0; an out-of-range count
     * yields ±MaxInt64 (non-zero) together with an error that benchstat ignores.
     */
    static boolean atoiNonZero(String s) {
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (i == s.length()) {
            return false;
        }
        boolean nonZero = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            nonZero |= c != '0';
        }
        return nonZero;
    }

    /** Whether {@code s} is a Go {@code strconv.Atoi} integer in int64 range (used for the {@code -N} suffix). */
    static boolean isGoInt(String s) {
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (i == s.length()) {
            return false;
        }
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Go {@code strconv.ParseFloat(s, 64)}, or {@code null} where Go reports an error (bad syntax, or a finite
     * literal that overflows to infinity). Accepts signs, decimal and hexadecimal ({@code 0x1.8p3}) forms,
     * {@code _} between digits, and case-insensitive {@code inf}, {@code infinity} (optionally signed) and
     * {@code nan}.
     */
    static Double parseFloat(String s) {
        Double special = parseSpecial(s);
        if (special != null) {
            return special;
        }
        String cleaned = cleanNumber(s);
        if (cleaned == null) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
        return Double.isInfinite(v) ? null : v;
    }

    private static Double parseSpecial(String s) {
        String body = s;
        double sign = 1;
        boolean signed = false;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            sign = body.charAt(0) == '-' ? -1 : 1;
            signed = true;
            body = body.substring(1);
        }
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (!signed && body.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /**
     * Validates Go float-literal syntax and returns the text without underscores in a form
     * {@link Double#parseDouble} reads identically, or {@code null} on a syntax error.
     */
    static String cleanNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            hex = true;
            i += 2;
        }
        boolean sawDot = false;
        boolean sawDigits = false;
        boolean underscores = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
            } else if ((c >= '0' && c <= '9') || (hex && isHexLetter(c))) {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        char expChar = hex ? 'p' : 'e';
        if (i < n && Character.toLowerCase(s.charAt(i)) == expChar) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
            for (; i < n && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
                underscores |= s.charAt(i) == '_';
            }
        } else if (hex) {
            return null; // a hexadecimal mantissa requires a 'p' exponent
        }
        if (i != n || (underscores && !underscoresOk(s, hex))) {
            return null;
        }
        return s.replace("_", "");
    }

    private static boolean isHexLetter(char c) {
        return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Go {@code underscoreOK}: each underscore sits between digits (or after a base prefix). */
    private static boolean underscoresOk(String s, boolean hex) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (hex) {
            i += 2;
            saw = '0';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && isHexLetter(c))) {
                saw = '0';
            } else if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
            } else {
                if (saw == '_') {
                    return false;
                }
                saw = '!';
            }
        }
        return saw != '_';
    }
}
