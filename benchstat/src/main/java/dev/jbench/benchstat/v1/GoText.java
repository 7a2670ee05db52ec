package dev.jbench.benchstat.v1;

import dev.jbench.benchstat.units.GoNumberFormatException;
import dev.jbench.benchstat.units.GoStrconv;
import dev.jbench.benchstat.units.GoUnicode;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's text primitives that decide how classic benchstat reads a line: {@code unicode.IsSpace},
 * {@code unicode.IsLower}/{@code IsUpper}, {@code strings.Fields}, {@code strconv.ParseFloat} and the
 * {@code strconv.Atoi} check on the iteration count.
 *
 * <p>Java's {@link Character#isWhitespace}, {@link Character#isLowerCase} and {@link Double#parseDouble} accept
 * different sets (no NBSP, Other_Lowercase, {@code 1d}, no {@code inf}/{@code _}); the Go versions come from
 * {@code dev.jbench.benchstat.units}.
 */
final class GoText {

    private GoText() {
    }

    /** Go {@code unicode.IsSpace}. */
    static boolean isSpace(int c) {
        return GoUnicode.isSpace(c);
    }

    /** Go {@code unicode.IsLower}: general category Ll. */
    static boolean isLower(int c) {
        return GoUnicode.isLower(c);
    }

    /** Go {@code unicode.IsUpper}: general category Lu. */
    static boolean isUpper(int c) {
        return GoUnicode.isUpper(c);
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
        try {
            return GoStrconv.atoi(s) != 0;
        } catch (GoNumberFormatException e) {
            return e.reason() == GoNumberFormatException.Reason.RANGE;
        }
    }

    /** Whether Go's {@code strconv.Atoi(s)} succeeds (used for the {@code -N} GOMAXPROCS suffix). */
    static boolean isGoInt(String s) {
        try {
            GoStrconv.atoi(s);
            return true;
        } catch (GoNumberFormatException e) {
            return false;
        }
    }

    /**
     * Go {@code strconv.ParseFloat(s, 64)}, or {@code null} where Go reports an error (bad syntax, or a finite
     * literal that overflows to infinity).
     */
    static Double parseFloat(String s) {
        try {
            return GoStrconv.parseFloat(s);
        } catch (GoNumberFormatException e) {
            return null;
        }
    }
}
