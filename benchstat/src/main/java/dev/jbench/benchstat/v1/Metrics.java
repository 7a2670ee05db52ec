package dev.jbench.benchstat.v1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The measurements of one unit for one benchmark in one input file, and the statistics classic benchstat shows:
 * the mean of the values left after discarding outliers, and the range around it.
 *
 * <p>A Metrics with an empty {@link #unit()} stands for a missing cell.
 */
final class Metrics {

    private final String unit;
    private final List<Double> values = new ArrayList<>();
    private double[] rValues = new double[0];
    private double min;
    private double mean;
    private double max;

    Metrics(String unit) {
        this.unit = unit;
    }

    /** A missing cell: empty unit, formats as the empty string. */
    static Metrics missing() {
        return new Metrics("");
    }

    /** A summary-only cell (the geomean row): mean set, min = max = 0, so it shows no range. */
    static Metrics ofMean(String unit, double mean) {
        Metrics m = new Metrics(unit);
        m.mean = mean;
        return m;
    }

    void add(double value) {
        values.add(value);
    }

    String unit() {
        return unit;
    }

    /** Values with outliers removed, in input order. */
    double[] rValues() {
        return rValues.clone();
    }

    double min() {
        return min;
    }

    double mean() {
        return mean;
    }

    double max() {
        return max;
    }

    /**
     * Discards outliers (outside the Tukey fences {@code q1 - 1.5 IQR} .. {@code q3 + 1.5 IQR}, quartiles by
     * Hyndman-Fan R8) and computes min, max and mean of the rest. The mean is Go's incremental
     * {@code m += (x - m) / (i + 1)}, which can differ from {@code sum / n} in the last bit.
     */
    void computeStats() {
        double[] xs = values.stream().mapToDouble(Double::doubleValue).toArray();
        rValues = ClassicStats.removeOutliers(xs);
        if (rValues.length == 0) {
            min = Double.NaN;
            max = Double.NaN;
        } else {
            min = rValues[0];
            max = rValues[0];
            for (double x : rValues) {
                if (x < min) {
                    min = x;
                }
                if (x > max) {
                    max = x;
                }
            }
        }
        mean = ClassicStats.mean(rValues);
    }

    /**
     * The range as a percentage of the mean, {@code %.0f%%} of {@code 100 * max(1 - min/mean, max/mean - 1)};
     * empty if the mean or the max is zero.
     */
    String formatDiff() {
        if (mean == 0 || max == 0) {
            return "";
        }
        double diff = 1 - min / mean;
        double d = max / mean - 1;
        if (d > diff) {
            diff = d;
        }
        return GoFormat.fixed(diff * 100.0, 0) + "%";
    }

    /** {@code "<mean> ±<%3s range>"}, or the mean and five spaces without a range, or "" for a missing cell. */
    String format(Scaler scaler) {
        if (unit.isEmpty()) {
            return "";
        }
        String meanText = scaler.format(mean);
        String diff = formatDiff();
        if (diff.isEmpty()) {
            return meanText + "     ";
        }
        return meanText + " ±" + GoFormat.padLeft(diff, 3);
    }

    @Override
    public String toString() {
        return unit + Arrays.toString(rValues);
    }
}
