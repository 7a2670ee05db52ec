package dev.jbench.benchstat.v1;

/**
 * The statistics classic benchstat borrows from {@code dev.jbench.benchstat.stats}, adapted to its error notes.
 */
final class StatsBridge {

    private StatsBridge() {
    }

    static DeltaTest.Outcome uTest(double[] x1, double[] x2) {
        throw new UnsupportedOperationException("U test pending");
    }

    static DeltaTest.Outcome welchTTest(double[] x1, double[] x2) {
        throw new UnsupportedOperationException("t test pending");
    }

    /** Go {@code stats.GeoMean}: incremental mean of logs; NaN if any value is <= 0 or there are none. */
    static double geoMean(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double m = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] <= 0) {
                return Double.NaN;
            }
            m += (Math.log(xs[i]) - m) / (i + 1);
        }
        return Math.exp(m);
    }
}
