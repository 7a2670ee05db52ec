package dev.jbench.benchstat.units;

/**
 * Splits a unit such as {@code x-ns/op} or {@code MB*MB/s} into tokens, tracking whether each token is in the
 * denominator (after a {@code /}, until the next {@code *}). Separators are {@code *}, {@code /}, {@code -} and Go
 * Unicode space. Mirrors the parser of Go's {@code benchunit}.
 */
final class UnitTokenizer {
    private final String unit;
    private int pos;
    private boolean denominator;
    private int tokenStart;
    private int tokenEnd;

    UnitTokenizer(String unit) {
        this.unit = unit;
    }

    /** Advances to the next token; false at the end of the unit. */
    boolean next() {
        int n = unit.length();
        while (pos < n) {
            int cp = unit.codePointAt(pos);
            if (cp == '*') {
                denominator = false;
            } else if (cp == '/') {
                denominator = true;
            } else if (!(cp == '-' || GoUnicode.isSpace(cp))) {
                break;
            }
            pos += Character.charCount(cp);
        }
        if (pos >= n) {
            return false;
        }
        tokenStart = pos;
        while (pos < n) {
            int cp = unit.codePointAt(pos);
            if (cp == '*' || cp == '/' || cp == '-' || GoUnicode.isSpace(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        tokenEnd = pos;
        return true;
    }

    /** Whether the current token is {@code s}. */
    boolean tokenIs(String s) {
        return tokenEnd - tokenStart == s.length() && unit.startsWith(s, tokenStart);
    }

    int tokenStart() {
        return tokenStart;
    }

    int tokenEnd() {
        return tokenEnd;
    }

    boolean inDenominator() {
        return denominator;
    }
}
