package dev.jbench.benchstat.stats;

import java.util.List;

/**
 * The assumption that a value is measured exactly, so it has no distribution and needs no repetition (benchmath
 * {@code AssumeExact}), e.g. binary sizes. The summary is the mode, the interval the full range with confidence 1;
 * there is no test: a comparison has p = 0 and alpha = 0, so every difference is reported and the note is just
 * {@code n=...}.
 */
public final class AssumeExact implements Assumption {

    static final AssumeExact INSTANCE = new AssumeExact();

    private AssumeExact() {
    }

    @Override
    public String summaryLabel() {
        // The summary is really the mode, but under this assumption it is the exact value.
        return "exact";
    }

    /** The mode (the first of the longest runs of equal values), lo = min, hi = max, confidence 1. */
    @Override
    public Summary summary(Sample s, double confidence) {
        double[] xs = s.sortedValues();
        double val = xs[0];
        int count = 1;
        double modeVal = val;
        int modeCount = count;
        for (int i = 1; i < xs.length; i++) {
            double v = xs[i];
            if (v == val) {
                count++;
                if (count > modeCount) {
                    modeVal = val;
                    modeCount = count;
                }
            } else {
                val = v;
                count = 1;
            }
        }
        double min = xs[0];
        double max = xs[xs.length - 1];
        List<String> warnings = modeCount == xs.length
                ? List.of()
                : List.of("exact distribution expected, but values range from " + GoFloatFormat.shortest(min)
                        + " to " + GoFloatFormat.shortest(max));
        return new Summary(modeVal, min, max, 1, warnings);
    }

    @Override
    public Comparison compare(Sample s1, Sample s2) {
        return new Comparison(0, s1.size(), s2.size(), 0, List.of());
    }

    @Override
    public String toString() {
        return "AssumeExact";
    }
}
