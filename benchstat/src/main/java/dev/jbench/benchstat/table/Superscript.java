package dev.jbench.benchstat.table;

/** Footnote markers as benchstat prints them: {@code ¹}, {@code ²}, …, {@code ¹⁰}. */
final class Superscript {

    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscript() {
    }

    /** {@code n >= 0} in superscript decimal digits. */
    static String of(int n) {
        String decimal = Integer.toString(n);
        StringBuilder sb = new StringBuilder(decimal.length());
        for (int i = 0; i < decimal.length(); i++) {
            sb.append(DIGITS.charAt(decimal.charAt(i) - '0'));
        }
        return sb.toString();
    }
}
