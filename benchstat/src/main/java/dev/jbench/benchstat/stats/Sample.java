package dev.jbench.benchstat.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * A set of repeated measurements of one benchmark and unit (benchmath {@code Sample}): the values in ascending order
 * plus the thresholds that tests on this sample use. Immutable.
 *
 * <p>The order is Go's {@code sort.Float64s}: NaNs first, then ascending ({@code -0.0} and {@code 0.0} are equal).
 */
public final class Sample {

    private final double[] values;
    private final Thresholds thresholds;

    private Sample(double[] sortedValues, Thresholds thresholds) {
        this.values = sortedValues;
        this.thresholds = thresholds;
    }

    /**
     * A sample of the given measurements.
     *
     * @param values     the measurements in any order; copied, not modified; must not be empty
     * @param thresholds the test thresholds, usually {@link Thresholds#withDefaults()}
     */
    public static Sample of(double[] values, Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (values.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one value");
        }
        return new Sample(goSorted(values), thresholds);
    }

    /** A sample with the default thresholds. */
    public static Sample of(double... values) {
        return of(values, Thresholds.withDefaults());
    }

    /** Sorts like Go's {@code sort.Float64s}: NaNs first, then ascending. */
    static double[] goSorted(double[] values) {
        double[] sorted = values.clone();
        // Arrays.sort puts NaNs last and -0.0 before 0.0 (harmless: they compare equal everywhere else).
        Arrays.sort(sorted);
        int nans = 0;
        for (int i = sorted.length - 1; i >= 0 && Double.isNaN(sorted[i]); i--) {
            nans++;
        }
        if (nans == 0) {
            return sorted;
        }
        double[] result = new double[sorted.length];
        Arrays.fill(result, 0, nans, Double.NaN);
        System.arraycopy(sorted, 0, result, nans, sorted.length - nans);
        return result;
    }

    /** The values in ascending order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The number of values, >= 1. */
    public int size() {
        return values.length;
    }

    /** The i-th smallest value (0-based). */
    public double get(int i) {
        return values[i];
    }

    /** The smallest value (NaN if the sample contains NaN). */
    public double min() {
        return values[0];
    }

    /** The largest value. */
    public double max() {
        return values[values.length - 1];
    }

    /** The thresholds tests on this sample use. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** The sorted values without copying, for this package's algorithms. */
    double[] sortedValues() {
        return values;
    }

    @Override
    public String toString() {
        return "Sample" + Arrays.toString(values);
    }
}
