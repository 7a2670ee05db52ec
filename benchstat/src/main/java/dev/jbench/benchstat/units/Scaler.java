package dev.jbench.benchstat.units;

/**
 * A prefix and precision for displaying values of one unit, e.g. {@code 1.718µ} or {@code 1023.9Ki}. Mirrors Go's
 * {@code benchunit.Scaler}. Values must be tidied first (see {@link Tidy}), or prefixes multiply nonsense units
 * ("M ns").
 *
 * @param prec   digits after the decimal point; negative means the shortest exact digits (see {@link #NO_OP})
 * @param factor the unscaled value of one prefix (1000 for {@code k}, 1024 for {@code Ki}, 1 for none)
 * @param prefix the unit prefix ({@code ""}, {@code k}, {@code M}, {@code µ} (U+00B5), {@code Ki}, ...)
 */
public record Scaler(int prec, double factor, String prefix) {

    /** Shortest exact digits, no prefix: for output that programs read (Go's {@code NoOpScaler}). */
    public static final Scaler NO_OP = new Scaler(-1, 1, "");

    private record Factor(double factor, String prefix, double t100, double t10, double t1) {
    }

    private static final Factor[] SI = siFactors();
    private static final Factor[] IEC = iecFactors();
    /** Thresholds 9.9995e-1 .. 9.9995e-8: below the smallest prefix, add one decimal per decade, up to 10. */
    private static final double[] SIGFIGS = sigfigs();
    private static final int SIGFIGS_BASE = 3;

    /**
     * Formats {@code value} as {@code value/factor} with {@code prec} decimals (Go {@code 'f'} formatting: exact
     * round-half-even, {@code -0.000} for tiny negatives) followed by the prefix.
     */
    public String format(double value) {
        return GoFloats.formatFixed(value / factor, prec) + prefix;
    }

    /** Formats {@code value} on its own scale: {@code common(new double[] {value}, cls).format(value)}. */
    public static String scale(double value, UnitClass cls) {
        return common(new double[] {value}, cls).format(value);
    }

    /**
     * The scale that shows every value with at least three significant digits. It is decided by the non-zero value
     * closest to zero: the first prefix, from largest to smallest, whose thresholds that value reaches gives 1, 2 or
     * 3 decimals (thresholds 99.995, 9.9995, 0.99995 of the prefix: exactly where printing would round up to the
     * next precision). Below the smallest prefix, more decimals are used (at most 10). All zero (or empty): 3
     * decimals, no prefix.
     *
     * @param values values in tidied units; NaN values are compared like Go does (they never become the minimum)
     * @param cls    the unit's prefix family
     */
    public static Scaler common(double[] values, UnitClass cls) {
        double min = 0;
        for (double v : values) {
            v = Math.abs(v);
            if (v != 0 && (min == 0 || v < min)) {
                min = v;
            }
        }
        if (min == 0) {
            return new Scaler(3, 1, "");
        }
        Factor[] factors = cls == UnitClass.BINARY ? IEC : SI;
        for (Factor f : factors) {
            if (min >= f.t100) {
                return new Scaler(1, f.factor, f.prefix);
            } else if (min >= f.t10) {
                return new Scaler(2, f.factor, f.prefix);
            } else if (min >= f.t1) {
                return new Scaler(3, f.factor, f.prefix);
            }
        }
        Factor smallest = factors[factors.length - 1];
        double scaled = min / smallest.factor;
        for (int i = 0; i < SIGFIGS.length; i++) {
            if (scaled >= SIGFIGS[i] || i == SIGFIGS.length - 1) {
                return new Scaler(i + SIGFIGS_BASE, smallest.factor, smallest.prefix);
            }
        }
        throw new AssertionError("unreachable");
    }

    private static Factor[] siFactors() {
        // The thresholds are parsed from their printed form so that they match how printing rounds.
        String[] prefixes = {"T", "G", "M", "k", "", "m", "µ", "n"};
        double[] powers = {1e12, 1e9, 1e6, 1e3, 1, 1e-3, 1e-6, 1e-9};
        Factor[] out = new Factor[prefixes.length];
        int exp = 12;
        for (int i = 0; i < prefixes.length; i++, exp -= 3) {
            out[i] = new Factor(powers[i], prefixes[i],
                    Double.parseDouble("99.995e" + exp),
                    Double.parseDouble("9.9995e" + exp),
                    Double.parseDouble(".99995e" + exp));
        }
        return out;
    }

    private static Factor[] iecFactors() {
        // No fractional binary prefixes: "0.001 B/s" reads better than "1 /KiB/s". Values in [1000, 1024) of a
        // prefix print with the smaller prefix (1020Ki rather than 0.996Mi), as in Go.
        String[] prefixes = {"Ti", "Gi", "Mi", "Ki", ""};
        Factor[] out = new Factor[prefixes.length];
        int exp = 40;
        for (int i = 0; i < prefixes.length; i++, exp -= 10) {
            out[i] = new Factor(Math.scalb(1.0, exp), prefixes[i],
                    Double.parseDouble("0x1.8ffae147ae148p" + (6 + exp)),   // 99.995
                    Double.parseDouble("0x1.3ffbe76c8b439p" + (3 + exp)),   // 9.9995
                    Double.parseDouble("0x1.fff972474538fp" + (-1 + exp))); // .99995
        }
        return out;
    }

    private static double[] sigfigs() {
        double[] out = new double[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble("9.9995e" + (-1 - i));
        }
        return out;
    }
}
