package dev.jbench.benchstat.stats;

import java.util.Arrays;

/**
 * The Mann–Whitney U test (Wilcoxon rank-sum test) of the null hypothesis that two samples come from the same
 * population, against the alternative that one tends to have larger or smaller values (moremath
 * {@code MannWhitneyUTest}; Mann &amp; Whitney 1947, Klotz 1966). It is benchstat's comparison under
 * {@code assume=nothing} and v1 benchstat's default delta test.
 *
 * <p>Small samples use the exact null distribution of U: without ties when both sizes are <= 50, with ties when
 * both are <= 25 (see {@link UDist}). Larger samples use the normal approximation with tie correction and continuity
 * correction. Immutable; configure with {@code with…()} methods:
 * <pre>{@code MannWhitneyUTest.withDefaults().withAlternative(AlternativeHypothesis.LESS).test(x1, x2)}</pre>
 *
 * <p><b>Deliberate differences from Go</b> (BENCHSTAT_NOTES §0.1, §10). With ties, moremath's two-sided p is twice
 * the exact lower tail Pr[U1' <= min(U1, U2)], which silently assumes the tied null distribution is symmetric about
 * n1*n2/2. It is not in general, and for extreme arrangements with U1 > U2 no arrangement lies at or below U2, so
 * Go reports P = 0 (e.g. {3,4,5} vs {0,0,1,1,2,2,2}: U1 = 21, U2 = 0). In exactly that case this class returns
 * twice the exact upper tail Pr[U1' >= U1] (2/120 in the example); in every other case it returns moremath's value
 * (so benchstat's printed p-values are reproduced), capped at 1 (the doubled tail can exceed 1 with asymmetric
 * ties, where Go would print e.g. {@code p=1.333}). The one-sided GREATER p-value with ties is the exact
 * Pr[U1' >= U1]; moremath's {@code 1 - CDF(U1 - 1)} also counts U1 - 0.5. Tied counts are exact integers, so the
 * last bits can differ from moremath's floating-point sums (never the printed three decimals in our checks), and
 * tied probabilities are capped at 1 (moremath's inexact C(n1+n2, n1) for n1+n2 > 20 can push them to 1 + 1e-14).
 */
public final class MannWhitneyUTest {

    /** Largest sample size for the exact distribution without ties (moremath: 50). */
    static final int EXACT_LIMIT = 50;
    /** Largest sample size for the exact distribution with ties (moremath: 25). */
    static final int TIES_EXACT_LIMIT = 25;

    private static final MannWhitneyUTest DEFAULTS =
            new MannWhitneyUTest(AlternativeHypothesis.TWO_SIDED, EXACT_LIMIT, TIES_EXACT_LIMIT);

    private final AlternativeHypothesis alternative;
    private final int exactLimit;
    private final int tiesExactLimit;

    private MannWhitneyUTest(AlternativeHypothesis alternative, int exactLimit, int tiesExactLimit) {
        this.alternative = alternative;
        this.exactLimit = exactLimit;
        this.tiesExactLimit = tiesExactLimit;
    }

    /** A two-sided test with moremath's exact-distribution limits (50 without ties, 25 with ties). */
    public static MannWhitneyUTest withDefaults() {
        return DEFAULTS;
    }

    /** This test with another alternative hypothesis. */
    public MannWhitneyUTest withAlternative(AlternativeHypothesis alternative) {
        return new MannWhitneyUTest(alternative, exactLimit, tiesExactLimit);
    }

    /** Test knob: the sample-size limits of the exact paths (0 forces the normal approximation). */
    MannWhitneyUTest withExactLimits(int exactLimit, int tiesExactLimit) {
        return new MannWhitneyUTest(alternative, exactLimit, tiesExactLimit);
    }

    /** The alternative hypothesis tested. */
    public AlternativeHypothesis alternative() {
        return alternative;
    }

    /**
     * The result of a U test.
     *
     * @param n1          size of the first sample
     * @param n2          size of the second sample
     * @param u           U1: pairs (x from sample 1, y from sample 2) with x > y, plus half the pairs with x == y;
     *                    in [0, n1*n2], a multiple of 0.5. The other sample's U is {@code n1*n2 - u}.
     * @param alternative the alternative hypothesis tested
     * @param p           the p-value in [0, 1]
     */
    public record Result(int n1, int n2, double u, AlternativeHypothesis alternative, double p) {
    }

    /**
     * Runs the test. NaN values are not supported (they have no rank); callers drop them first.
     *
     * @param x1 the first sample (not modified)
     * @param x2 the second sample (not modified)
     * @throws StatsException {@code sample is too small} if a sample is empty, {@code all samples are equal} if
     *                        every value is the same
     */
    public Result test(double[] x1, double[] x2) {
        int n1 = x1.length;
        int n2 = x2.length;
        if (n1 == 0 || n2 == 0) {
            throw new StatsException(StatsException.Reason.SAMPLE_TOO_SMALL);
        }
        RankSum ranks = RankSum.of(x1, x2);
        double u1 = ranks.r1() - (double) (n1 * (n1 + 1)) / 2;
        double u2 = (double) n1 * n2 - u1;
        boolean exact = ranks.hasTies()
                ? n1 <= tiesExactLimit && n2 <= tiesExactLimit
                : n1 <= exactLimit && n2 <= exactLimit;
        double p = exact ? exactP(n1, n2, ranks, u1, u2) : approximateP(n1, n2, ranks, u1);
        return new Result(n1, n2, u1, alternative, p);
    }

    private double exactP(int n1, int n2, RankSum ranks, double u1, double u2) {
        if (ranks.ties().length == 1) {
            // All values are equal: the test is meaningless.
            throw new StatsException(StatsException.Reason.SAMPLES_EQUAL);
        }
        UDist dist = new UDist(n1, n2, ranks.ties());
        switch (alternative) {
            case LESS:
                return dist.cdf(u1);
            case GREATER:
                return dist.upperTail(u1);
            default:
                if (u1 == u2) {
                    // Doubling a tail would count the probability mass at the centre twice; the answer is 1.
                    return 1;
                }
                double p = dist.cdf(Math.min(u1, u2)) * 2;
                if (!dist.hasTies()) {
                    return p;
                }
                if (p == 0) {
                    // No arrangement has U1 at or below U2 although one (the observed) has U1 > U2: the tied
                    // distribution is asymmetric. Use the doubled exact upper tail at the observed U1 instead.
                    p = 2 * dist.upperTail(u1);
                }
                // With asymmetric ties the doubled lower tail can exceed 1 (Go prints e.g. p=1.333).
                return Math.min(1, p);
        }
    }

    private double approximateP(int n1, int n2, RankSum ranks, double u1) {
        double t = tieCorrection(ranks.ties());
        double bigN = n1 + n2;
        double mu = (double) (n1 * n2) / 2;
        double sigma = Math.sqrt((double) (n1 * n2) * ((bigN + 1) - t / (bigN * (bigN - 1))) / 12);
        if (sigma == 0) {
            throw new StatsException(StatsException.Reason.SAMPLES_EQUAL);
        }
        double numer = u1 - mu;
        // Continuity correction: move half a step towards the centre.
        switch (alternative) {
            case LESS:
                numer += 0.5;
                break;
            case GREATER:
                numer -= 0.5;
                break;
            default:
                numer -= MathX.sign(numer) * 0.5;
                break;
        }
        double z = numer / sigma;
        NormalDist std = NormalDist.STANDARD;
        switch (alternative) {
            case LESS:
                return std.cdf(z);
            case GREATER:
                return 1 - std.cdf(z);
            default:
                return 2 * Math.min(std.cdf(z), 1 - std.cdf(z));
        }
    }

    /** The tie correction factor Σ (t³ - t) over the runs of tied values. */
    private static double tieCorrection(int[] ties) {
        long t = 0;
        for (int tie : ties) {
            t += (long) tie * tie * tie - tie;
        }
        return t;
    }

    /**
     * The rank sum of the first sample in the merged sample (ties get their average rank) and the tie vector.
     *
     * @param r1   sum of the first sample's ranks (1-based)
     * @param ties sizes of the runs of equal values, in ascending order of value
     */
    record RankSum(double r1, int[] ties, boolean hasTies) {

        static RankSum of(double[] x1, double[] x2) {
            double[] s1 = x1.clone();
            double[] s2 = x2.clone();
            Arrays.sort(s1);
            Arrays.sort(s2);
            int n = s1.length + s2.length;
            double[] merged = new double[n];
            boolean[] first = new boolean[n];
            int i = 0;
            int j = 0;
            int o = 0;
            // On equal values the second sample's value comes first, as in moremath (only ranks matter).
            while (i < s1.length && j < s2.length) {
                if (s1[i] < s2[j]) {
                    first[o] = true;
                    merged[o++] = s1[i++];
                } else {
                    merged[o++] = s2[j++];
                }
            }
            while (i < s1.length) {
                first[o] = true;
                merged[o++] = s1[i++];
            }
            while (j < s2.length) {
                merged[o++] = s2[j++];
            }

            double r1 = 0.0;
            int[] ties = new int[n];
            int groups = 0;
            boolean hasTies = false;
            for (int k = 0; k < n;) {
                int rank1 = k + 1;
                int nx1 = 0;
                double v1 = merged[k];
                // A NaN never equals itself; consume at least one value so the scan always advances.
                do {
                    if (first[k]) {
                        nx1++;
                    }
                    k++;
                } while (k < n && merged[k] == v1);
                if (nx1 != 0) {
                    // Every tied value gets the average of their ranks.
                    double rank = (double) (k + rank1) / 2;
                    r1 += rank * nx1;
                }
                ties[groups++] = k - rank1 + 1;
                if (k > rank1) {
                    hasTies = true;
                }
            }
            return new RankSum(r1, Arrays.copyOf(ties, groups), hasTies);
        }
    }
}
