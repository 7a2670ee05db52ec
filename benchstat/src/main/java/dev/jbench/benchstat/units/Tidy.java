package dev.jbench.benchstat.units;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A value converted to base units: {@code ns} becomes {@code sec} and {@code MB} becomes {@code B} in the numerator
 * of a unit. Tidying lets values written with different prefixes compare and lets {@link Scaler} choose the prefix
 * for display. Mirrors Go's {@code benchunit.Tidy}.
 *
 * <p>Note that Go's benchmark reader keeps the <em>untidied</em> unit when tidying does not change the value (for
 * example {@code 0 ns/op} stays {@code ns/op}); that rule belongs to the reader, not here.
 *
 * @param value the value in base units ({@code value * factor(unit)})
 * @param unit  the tidied unit
 */
public record Tidy(double value, String unit) {

    private record Entry(String unit, double factor) {
    }

    private static final Entry SEC_PER_OP = new Entry("sec/op", 1e-9);
    private static final Entry BYTES_PER_SEC = new Entry("B/s", 1e6);
    private static final ConcurrentHashMap<String, Entry> CACHE = new ConcurrentHashMap<>();

    /** Tidies {@code value} in {@code unit}: for example {@code (1718, "ns/op")} gives {@code (1718*1e-9, "sec/op")}. */
    public static Tidy of(double value, String unit) {
        Entry e = entry(unit);
        return e == null ? new Tidy(value, unit) : new Tidy(value * e.factor, e.unit);
    }

    /** The tidied form of {@code unit} ({@code ns/op} → {@code sec/op}). */
    public static String unit(String unit) {
        Entry e = entry(unit);
        return e == null ? unit : e.unit;
    }

    /** The factor that converts a value in {@code unit} to the tidied unit (1e-9 for {@code ns/op}). */
    public static double factor(String unit) {
        Entry e = entry(unit);
        return e == null ? 1 : e.factor;
    }

    /** The conversion for {@code unit}, or null when the unit is already tidy (factor 1, same unit). */
    private static Entry entry(String unit) {
        switch (unit) {
            case "ns/op":
                return SEC_PER_OP;
            case "MB/s":
                return BYTES_PER_SEC;
            case "B/op", "allocs/op":
                return null;
            default:
                break;
        }
        if (!(unit.contains("ns") || unit.contains("MB"))) {
            return null;
        }
        Entry e = CACHE.computeIfAbsent(unit, Tidy::compute);
        return e.factor == 1 && e.unit.equals(unit) ? null : e;
    }

    private static Entry compute(String unit) {
        StringBuilder out = new StringBuilder(unit.length() + 4);
        double factor = 1;
        int copied = 0;
        UnitTokenizer t = new UnitTokenizer(unit);
        while (t.next()) {
            if (t.inDenominator()) {
                continue;
            }
            if (t.tokenIs("ns")) {
                out.append(unit, copied, t.tokenStart()).append("sec");
                copied = t.tokenEnd();
                // Divide, as Go does: 1/1e9 is exactly the double 1e-9, and repeated tokens compound the same way.
                factor /= 1e9;
            } else if (t.tokenIs("MB")) {
                out.append(unit, copied, t.tokenStart()).append('B');
                copied = t.tokenEnd();
                factor *= 1e6;
            }
        }
        out.append(unit, copied, unit.length());
        return new Entry(out.toString(), factor);
    }
}
