package dev.jbench.benchstat.v1;

import dev.jbench.benchstat.stats.GeoMean;
import dev.jbench.benchstat.stats.MannWhitneyUTest;
import dev.jbench.benchstat.stats.StatsException;
import dev.jbench.benchstat.stats.WelchTTest;

/**
 * The tests classic benchstat borrows from {@code dev.jbench.benchstat.stats}, with their failures translated to
 * v1's short notes: {@code all equal}, {@code too few samples}, {@code zero variance}.
 */
final class StatsBridge {

    private static final MannWhitneyUTest U_TEST = MannWhitneyUTest.withDefaults();
    private static final WelchTTest T_TEST = WelchTTest.withDefaults();

    private StatsBridge() {
    }

    /** Two-sided Mann-Whitney U test (exact for small samples, with correct exact p-values under ties). */
    static DeltaTest.Outcome uTest(double[] x1, double[] x2) {
        try {
            return DeltaTest.Outcome.of(U_TEST.test(x1, x2).p());
        } catch (StatsException e) {
            return DeltaTest.Outcome.failed(note(e));
        }
    }

    /** Two-sided Welch t-test. */
    static DeltaTest.Outcome welchTTest(double[] x1, double[] x2) {
        try {
            return DeltaTest.Outcome.of(T_TEST.test(x1, x2).p());
        } catch (StatsException e) {
            return DeltaTest.Outcome.failed(note(e));
        }
    }

    /** Go {@code stats.GeoMean}: NaN if any value is <= 0 or there are none. */
    static double geoMean(double[] xs) {
        return GeoMean.of(xs);
    }

    private static String note(StatsException e) {
        switch (e.reason()) {
            case SAMPLES_EQUAL:
                return "all equal";
            case ZERO_VARIANCE:
                return "zero variance";
            default:
                return "too few samples";
        }
    }
}
