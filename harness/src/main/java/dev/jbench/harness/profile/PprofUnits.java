package dev.jbench.harness.profile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * pprof's number formatting (github.com/google/pprof internal/measurement): values scaled to bytes
 * (B, kB, MB, GB, TB, PB, powers of 1024) or time (ns, us, ms, s, hrs) units printed with two decimals, a trailing
 * {@code .00} dropped; other units (count) as plain numbers; percentages as Go's {@code %5.2f%%} or, under 1%,
 * {@code %5.2g%%}. Rounding is done on the exact binary value, as Go's strconv does.
 */
final class PprofUnits {

    private static final String[] BYTE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
    private static final double[] BYTE_FACTORS = {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 50};
    private static final String[] TIME_UNITS = {"ns", "us", "ms", "s", "hrs"};
    private static final double[] TIME_FACTORS = {1, 1e3, 1e6, 1e9, 3600e9};

    private PprofUnits() {
    }

    /** The family of a sample unit: 'b' bytes, 't' time, 0 other; {@code factor[0]} gets its size in base units. */
    static char family(String unit, double[] factor) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.length() > 2 && u.endsWith("s")) {
            u = u.substring(0, u.length() - 1);
        }
        switch (u) {
            case "b", "byte" -> { factor[0] = 1; return 'b'; }
            case "kb", "kbyte", "kilobyte" -> { factor[0] = 1L << 10; return 'b'; }
            case "mb", "mbyte", "megabyte" -> { factor[0] = 1L << 20; return 'b'; }
            case "gb", "gbyte", "gigabyte" -> { factor[0] = 1L << 30; return 'b'; }
            case "ns", "nanosecond" -> { factor[0] = 1; return 't'; }
            case "us", "μs", "microsecond" -> { factor[0] = 1e3; return 't'; }
            case "ms", "millisecond" -> { factor[0] = 1e6; return 't'; }
            case "s", "sec", "second" -> { factor[0] = 1e9; return 't'; }
            case "hour", "hr" -> { factor[0] = 3600e9; return 't'; }
            default -> { factor[0] = 1; return 0; }
        }
    }

    /** The unit pprof's "auto"/"minimum" scaling picks for {@code value} in {@code unit}; "" for plain numbers. */
    static String autoUnit(long value, String unit) {
        double[] f = new double[1];
        char fam = family(unit, f);
        if (fam == 0) {
            return "";
        }
        double v = Math.abs((double) value) * f[0];
        String[] names = fam == 'b' ? BYTE_UNITS : TIME_UNITS;
        double[] factors = fam == 'b' ? BYTE_FACTORS : TIME_FACTORS;
        String best = null;
        for (int i = 0; i < names.length; i++) {
            if (v / factors[i] >= 1.0) {
                best = names[i];
            }
        }
        return best != null ? best : fam == 'b' ? "B" : "s";
    }

    /** {@code value} (in {@code unit}) expressed in {@code outUnit} ("" = as is), as pprof's ScaledLabel prints it. */
    static String label(long value, String unit, String outUnit) {
        double[] f = new double[1];
        char fam = family(unit, f);
        double v = value;
        String suffix = "";
        if (fam != 0 && !outUnit.isEmpty()) {
            String[] names = fam == 'b' ? BYTE_UNITS : TIME_UNITS;
            double[] factors = fam == 'b' ? BYTE_FACTORS : TIME_FACTORS;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(outUnit)) {
                    v = value * f[0] / factors[i];
                    suffix = outUnit;
                }
            }
        }
        String s = fixed2(v);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        }
        if (s.equals("0") || s.equals("-0")) {
            return "0";
        }
        return s + suffix;
    }

    /** pprof's measurement.Percentage. */
    static String percentage(long value, long total) {
        double ratio = total != 0 ? Math.abs((double) value / (double) total) * 100 : 0;
        if (ratio >= 99.95 && ratio <= 100.05) {
            return "  100%";
        }
        if (ratio >= 1.0) {
            return String.format(Locale.ROOT, "%5s%%", fixed2(ratio));
        }
        return String.format(Locale.ROOT, "%5s%%", g2(ratio));
    }

    /** Go's {@code %.2f}. */
    static String fixed2(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Go's {@code %.2g} for a finite non-negative value. */
    static String g2(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(2, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 2) {
            BigDecimal mant = r.movePointLeft(exp).stripTrailingZeros();
            String m = mant.scale() <= 0 ? mant.toBigInteger().toString() : mant.toPlainString();
            return String.format(Locale.ROOT, "%se%s%02d", m, exp < 0 ? "-" : "+", Math.abs(exp));
        }
        BigDecimal plain = r.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }
}
