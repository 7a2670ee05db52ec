package dev.jbench.benchstat.cli;

import java.util.regex.Pattern;

/**
 * Go's {@code strconv.ParseFloat(s, 64)} syntax for flag values ({@code -alpha 1e-2}, {@code .5}, {@code 0x1p-4},
 * {@code inf}, {@code NaN}, {@code 1_0}), with the reasons Go's flag package prints: {@code parse error} and
 * {@code value out of range}. Java's {@code Double.parseDouble} accepts other spellings ({@code 1d},
 * {@code Infinity} only, no {@code _}), so the syntax is checked here first.
 */
final class GoFloat {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern HEX =
            Pattern.compile("[+-]?0[xX](?:[0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");

    private GoFloat() {
    }

    /**
     * Parses {@code s}.
     *
     * @throws IllegalArgumentException with message {@code parse error} or {@code value out of range}
     */
    static double parse(String s) {
        Double special = special(s);
        if (special != null) {
            return special;
        }
        if (s.indexOf('_') >= 0) {
            if (!underscoreOk(s)) {
                throw new IllegalArgumentException("parse error");
            }
            s = s.replace("_", "");
        }
        double v;
        if (DECIMAL.matcher(s).matches() || HEX.matcher(s).matches()) {
            v = Double.parseDouble(s);
        } else {
            throw new IllegalArgumentException("parse error");
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("value out of range");
        }
        return v;
    }

    /** {@code inf}, {@code infinity} with optional sign, {@code nan} without sign, case-insensitive. */
    private static Double special(String s) {
        String t = s;
        double sign = 1;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            sign = t.charAt(0) == '-' ? -1 : 1;
            t = t.substring(1);
            if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
                return sign * Double.POSITIVE_INFINITY;
            }
            return null;
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /** Go's rule: an underscore must sit between digits, or between a base prefix and a digit. */
    private static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i++;
        }
        boolean hex = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            if (p == 'x' || p == 'b' || p == 'o') {
                hex = p == 'x';
                i += 2;
                saw = '0'; // the base prefix counts as a digit
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
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
