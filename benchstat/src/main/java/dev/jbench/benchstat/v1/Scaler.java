package dev.jbench.benchstat.v1;

/**
 * Scales and formats one measurement. All cells of a table row share one Scaler, chosen from the row's first
 * present mean, so that a row reads in one unit ({@code 1.74µs  0.30µs}).
 */
@FunctionalInterface
interface Scaler {

    String format(double value);

    /**
     * The Scaler for rows whose first mean is {@code val} in {@code unit}: time units ({@code ns/op},
     * {@code ns/GC} or {@code -ns/op}-style suffixes) scale to s/ms/µs/ns; everything else gets an SI prefix
     * T/G/M/k, with a {@code B} suffix for byte units and {@code B/s} for {@code MB/s}. Three significant digits:
     * {@code %.0f}, {@code %.1f} or {@code %.2f} at the thresholds 99.5, 9.95 and 0.995 of each prefix.
     */
    static Scaler forValue(double val, String unit) {
        if (hasBaseUnit(unit, "ns/op") || hasBaseUnit(unit, "ns/GC")) {
            return timeScaler(val);
        }
        double prescale = hasBaseUnit(unit, "MB/s") ? 1e6 : 1.0;
        double x = val * prescale;
        int prec;
        double scale;
        String suffix;
        if (x >= 99500000000000.0) {
            prec = 0; scale = 1e12; suffix = "T";
        } else if (x >= 9950000000000.0) {
            prec = 1; scale = 1e12; suffix = "T";
        } else if (x >= 995000000000.0) {
            prec = 2; scale = 1e12; suffix = "T";
        } else if (x >= 99500000000.0) {
            prec = 0; scale = 1e9; suffix = "G";
        } else if (x >= 9950000000.0) {
            prec = 1; scale = 1e9; suffix = "G";
        } else if (x >= 995000000.0) {
            prec = 2; scale = 1e9; suffix = "G";
        } else if (x >= 99500000.0) {
            prec = 0; scale = 1e6; suffix = "M";
        } else if (x >= 9950000.0) {
            prec = 1; scale = 1e6; suffix = "M";
        } else if (x >= 995000.0) {
            prec = 2; scale = 1e6; suffix = "M";
        } else if (x >= 99500.0) {
            prec = 0; scale = 1e3; suffix = "k";
        } else if (x >= 9950.0) {
            prec = 1; scale = 1e3; suffix = "k";
        } else if (x >= 995.0) {
            prec = 2; scale = 1e3; suffix = "k";
        } else if (x >= 99.5) {
            prec = 0; scale = 1; suffix = "";
        } else if (x >= 9.95) {
            prec = 1; scale = 1; suffix = "";
        } else {
            prec = 2; scale = 1; suffix = "";
        }
        if (hasBaseUnit(unit, "B/op") || hasBaseUnit(unit, "bytes/op") || hasBaseUnit(unit, "bytes")) {
            suffix += "B";
        }
        if (hasBaseUnit(unit, "MB/s")) {
            suffix += "B/s";
        }
        double divisor = scale / prescale;
        String unitSuffix = suffix;
        return v -> GoFormat.fixed(v / divisor, prec) + unitSuffix;
    }

    private static Scaler timeScaler(double ns) {
        double x = ns / 1e9;
        int prec;
        double scale;
        String suffix;
        if (x >= 99.5) {
            prec = 0; scale = 1; suffix = "s";
        } else if (x >= 9.95) {
            prec = 1; scale = 1; suffix = "s";
        } else if (x >= 0.995) {
            prec = 2; scale = 1; suffix = "s";
        } else if (x >= 0.0995) {
            prec = 0; scale = 1000; suffix = "ms";
        } else if (x >= 0.00995) {
            prec = 1; scale = 1000; suffix = "ms";
        } else if (x >= 0.000995) {
            prec = 2; scale = 1000; suffix = "ms";
        } else if (x >= 0.0000995) {
            prec = 0; scale = 1000 * 1000; suffix = "µs";
        } else if (x >= 0.00000995) {
            prec = 1; scale = 1000 * 1000; suffix = "µs";
        } else if (x >= 0.000000995) {
            prec = 2; scale = 1000 * 1000; suffix = "µs";
        } else if (x >= 0.0000000995) {
            prec = 0; scale = 1000 * 1000 * 1000; suffix = "ns";
        } else if (x >= 0.00000000995) {
            prec = 1; scale = 1000 * 1000 * 1000; suffix = "ns";
        } else {
            prec = 2; scale = 1000 * 1000 * 1000; suffix = "ns";
        }
        return v -> GoFormat.fixed(v / 1e9 * scale, prec) + suffix;
    }

    /** Whether {@code s} is {@code unit} or ends in {@code -unit}. */
    static boolean hasBaseUnit(String s, String unit) {
        return s.equals(unit) || s.endsWith("-" + unit);
    }
}
