package dev.jbench.benchstat.v1;

import java.util.Locale;
import java.util.Optional;

/** The significance test applied to the outlier-free values of the old and new file ({@code -delta-test}). */
enum DeltaTest {
    /** Two-sided Mann-Whitney U test. */
    UTEST,
    /** Two-sided Welch t-test. */
    TTEST,
    /** No test: every change is shown, without a p-value. */
    NONE;

    /**
     * The outcome of a test: a p-value in [0, 1], -1 for {@link #NONE}, or a reason why there is none
     * ({@code all equal}, {@code too few samples}, {@code zero variance}).
     */
    record Outcome(double p, String error) {
        static Outcome of(double p) {
            return new Outcome(p, null);
        }

        static Outcome failed(String error) {
            return new Outcome(-1, error);
        }
    }

    /** The test named {@code name} ({@code utest}/{@code u}/{@code u-test}, {@code ttest}/{@code t}/..., none). */
    static Optional<DeltaTest> parse(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "u":
            case "u-test":
            case "utest":
                return Optional.of(UTEST);
            case "t":
            case "t-test":
            case "ttest":
                return Optional.of(TTEST);
            case "none":
                return Optional.of(NONE);
            default:
                return Optional.empty();
        }
    }

    Outcome apply(double[] oldValues, double[] newValues) {
        switch (this) {
            case UTEST:
                return StatsBridge.uTest(oldValues, newValues);
            case TTEST:
                return StatsBridge.welchTTest(oldValues, newValues);
            default:
                return Outcome.of(-1);
        }
    }
}
