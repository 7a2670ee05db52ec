package dev.jbench.benchstat.units;

/** Which family of prefixes a unit scales with. Mirrors Go's {@code benchunit.Class}. */
public enum UnitClass {
    /** Powers of 1000 with SI prefixes ({@code k}, {@code M}, ..., {@code m}, {@code µ}, {@code n}). */
    DECIMAL,
    /** Powers of 1024 with IEC prefixes ({@code Ki}, {@code Mi}, ...) and no fractional prefixes. */
    BINARY;

    /**
     * The class of {@code unit}: {@link #BINARY} if a numerator token is {@code B}, {@code MB} or {@code bytes}
     * ({@code B/op}, {@code B/s}, {@code disk-B/sec}), otherwise {@link #DECIMAL} ({@code sec/B} is decimal).
     */
    public static UnitClass of(String unit) {
        UnitTokenizer t = new UnitTokenizer(unit);
        while (t.next()) {
            if (!t.inDenominator() && (t.tokenIs("B") || t.tokenIs("MB") || t.tokenIs("bytes"))) {
                return BINARY;
            }
        }
        return DECIMAL;
    }
}
