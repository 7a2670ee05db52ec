package dev.jbench.benchstat.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The null distribution of the Mann–Whitney U statistic of the first of two samples of sizes n1 and n2, given the
 * sizes of the runs of tied values in the merged sample (moremath {@code UDist}).
 *
 * <p>Without ties it uses the recurrence of Mann &amp; Whitney (1947),
 * {@code p(n,m,U) = (n p(n-1,m,U-m) + m p(n,m-1,U)) / (n+m)}, evaluated in floating point in exactly moremath's
 * order, because benchstat's printed p-values (and its {@code uTestMinP} table) carry that recurrence's rounding.
 *
 * <p>With ties, U takes half-integer steps and its distribution depends on the tie vector. moremath uses the
 * linked-list algorithm of Cheung &amp; Klotz (1997), which follows Klotz (1966). Here the same permutation
 * distribution is counted directly: scanning the tie groups in ascending order, choosing r of a group's t values
 * for the first sample contributes C(t, r) arrangements and {@code r * (2 * (x2 values below) + (t - r))} to 2U. The
 * counts are exact integers (C(50, 25) < 2^53), divided by Go's C(n1+n2, n1).
 */
final class UDist {

    private final int n1;
    private final int n2;
    private final int[] ties;
    private final boolean hasTies;
    /** With ties: counts[twoU] = number of arrangements whose 2U equals twoU; computed on first use. */
    private long[] counts;

    /**
     * @param n1   size of the first sample
     * @param n2   size of the second sample
     * @param ties sizes of the runs of equal values in the merged sorted sample (summing to n1+n2); {@code null}
     *             means no ties
     */
    UDist(int n1, int n2, int[] ties) {
        this.n1 = n1;
        this.n2 = n2;
        this.ties = ties == null ? null : ties.clone();
        boolean any = false;
        if (ties != null) {
            for (int t : ties) {
                any |= t > 1;
            }
        }
        this.hasTies = any;
    }

    boolean hasTies() {
        return hasTies;
    }

    /** Pr[U <= u]. */
    double cdf(double u) {
        if (u < 0) {
            return 0;
        } else if (u >= (double) n1 * n2) {
            return 1;
        }
        if (hasTies) {
            return tiedProbability(countTwoU(Long.MIN_VALUE, (long) Math.floor(2 * u)));
        }
        int ui = (int) Math.floor(u);
        // The distribution is symmetric about n1*n2/2: sum whichever tail is smaller.
        boolean flip = ui >= (n1 * n2 + 1) / 2;
        if (flip) {
            ui = n1 * n2 - ui - 1;
        }
        double p = noTiesCdf(n1, n2)[ui];
        if (flip) {
            p = 1 - p;
        }
        return p;
    }

    /** Pr[U >= u]. Without ties this is moremath's {@code 1 - CDF(u - 1)}; with ties it is counted exactly. */
    double upperTail(double u) {
        if (hasTies) {
            return tiedProbability(countTwoU((long) Math.ceil(2 * u), Long.MAX_VALUE));
        }
        return 1 - cdf(u - 1);
    }

    /**
     * count / C(n1+n2, n1) with moremath's C (so the bits match Go's), at most 1: for n1+n2 > 20 moremath's C is
     * exp(lgamma(..)) and can be a few ulps below the exact total count.
     */
    private double tiedProbability(double count) {
        return Math.min(1, count / MathX.choose(n1 + n2, n1));
    }

    /**
     * Without ties the distribution depends only on (n1, n2), and benchstat compares thousands of cells of the same
     * sizes: the sums are kept per size pair. Bounded so that odd inputs cannot grow it without limit.
     */
    private static final int CDF_CACHE_MAX = 256;
    private static final Map<Long, double[]> CDF_CACHE = new ConcurrentHashMap<>();

    /**
     * cdf[u] = the sum of the PMF over 0..u, added in ascending order from 0.0 exactly as a one-off sum would be,
     * so cached and uncached values are the same bits. Each PMF entry depends only on entries at smaller or equal
     * U, so computing the PMF up to n1*n2 once gives the same entries as computing it up to any smaller bound.
     */
    private static double[] noTiesCdf(int n1, int n2) {
        Long key = ((long) Math.min(n1, n2) << 32) | Math.max(n1, n2);
        double[] cdf = CDF_CACHE.get(key);
        if (cdf == null) {
            double[] pmf = noTiesPmf(n1, n2, n1 * n2);
            cdf = new double[pmf.length];
            double p = 0.0;
            for (int i = 0; i < pmf.length; i++) {
                p += pmf[i];
                cdf[i] = p;
            }
            if (CDF_CACHE.size() < CDF_CACHE_MAX) {
                CDF_CACHE.put(key, cdf);
            }
        }
        return cdf;
    }

    /**
     * The PMF p_{N,M}(U) for U = 0..maxU by Mann &amp; Whitney's recurrence, by dynamic programming over one row of
     * (n, m) at a time and using p_{n,m} = p_{m,n} (moremath {@code UDist.p}).
     */
    private static double[] noTiesPmf(int n1, int n2, int maxU) {
        int bigN = Math.min(n1, n2);
        int bigM = Math.max(n1, n2);
        double[][] memo = new double[bigN + 1][maxU + 1];
        for (int m = 0; m <= bigM; m++) {
            // p_{0,m} is 1 at U=0 and 0 elsewhere.
            memo[0][0] = 1;
            int nlim = Math.min(bigN, m);
            for (int n = 1; n <= nlim; n++) {
                double[] lp = memo[n - 1];
                // p_{n,m-1}, or by symmetry p_{m-1,n} when n == m.
                double[] rp = n <= m - 1 ? memo[n] : memo[m - 1];
                int ulim = Math.min(n * m, maxU);
                double[] out = memo[n];
                double nplusm = n + m;
                // In place from the largest U down: each entry depends only on smaller or equal U.
                for (int u = ulim; u >= 0; u--) {
                    double l = 0.0;
                    if (u - m >= 0) {
                        l = n * lp[u - m];
                    }
                    double r = m * rp[u];
                    out[u] = (l + r) / nplusm;
                }
            }
        }
        return memo[bigN];
    }

    /** The number of arrangements with lowTwoU <= 2U <= highTwoU (tied case). */
    private double countTwoU(long lowTwoU, long highTwoU) {
        long[] c = tieCounts();
        long lo = Math.max(lowTwoU, 0);
        long hi = Math.min(highTwoU, c.length - 1L);
        long sum = 0;
        for (long i = lo; i <= hi; i++) {
            sum += c[(int) i];
        }
        return sum;
    }

    private long[] tieCounts() {
        if (counts == null) {
            TieKey key = new TieKey(n1, n2, ties);
            counts = TIE_CACHE.get(key);
            if (counts == null) {
                counts = countArrangements(n1, n2, ties);
                if (TIE_CACHE.size() < TIE_CACHE_MAX) {
                    TIE_CACHE.put(key, counts);
                }
            }
        }
        return counts;
    }

    /**
     * Tie patterns repeat across cells (integer-valued B/op and allocs/op, rounded ns/op): their counts are kept,
     * bounded. The cached arrays are never modified.
     */
    private static final int TIE_CACHE_MAX = 4096;
    private static final Map<TieKey, long[]> TIE_CACHE = new ConcurrentHashMap<>();

    private record TieKey(int n1, int n2, int[] ties) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TieKey k && k.n1 == n1 && k.n2 == n2 && Arrays.equals(k.ties, ties);
        }

        @Override
        public int hashCode() {
            return (n1 * 31 + n2) * 31 + Arrays.hashCode(ties);
        }
    }

    /**
     * Counts, for every value of 2U, the arrangements of n1 first-sample values among the tie groups: the exact
     * permutation distribution of U under the null hypothesis.
     */
    static long[] countArrangements(int n1, int n2, int[] ties) {
        int maxTwoU = 2 * n1 * n2;
        // state[m][twoU]: arrangements of the groups so far using m first-sample values with that partial 2U.
        long[][] state = new long[n1 + 1][maxTwoU + 1];
        state[0][0] = 1;
        // Highest 2U reached so far for each m (all entries above are zero), to skip empty work.
        int[] reach = new int[n1 + 1];
        int before = 0;
        long[][] next = new long[n1 + 1][maxTwoU + 1];
        for (int t : ties) {
            for (long[] row : next) {
                Arrays.fill(row, 0);
            }
            int[] nextReach = new int[n1 + 1];
            long[] binom = binomialRow(t);
            for (int m = 0; m <= n1; m++) {
                int x2Before = before - m;
                if (x2Before < 0 || x2Before > n2) {
                    continue;
                }
                long[] row = state[m];
                int rMax = Math.min(t, n1 - m);
                int rMin = Math.max(0, t - (n2 - x2Before));
                for (int r = rMin; r <= rMax; r++) {
                    int top = reach[m] + r * (2 * x2Before + (t - r));
                    nextReach[m + r] = Math.max(nextReach[m + r], top);
                }
                for (int twoU = 0; twoU <= reach[m]; twoU++) {
                    long ways = row[twoU];
                    if (ways == 0) {
                        continue;
                    }
                    for (int r = rMin; r <= rMax; r++) {
                        int add = r * (2 * x2Before + (t - r));
                        next[m + r][twoU + add] += ways * binom[r];
                    }
                }
            }
            long[][] swap = state;
            state = next;
            next = swap;
            reach = nextReach;
            before += t;
        }
        return state[n1];
    }

    /** C(t, 0..t) exactly. */
    private static long[] binomialRow(int t) {
        long[] row = new long[t + 1];
        row[0] = 1;
        for (int r = 1; r <= t; r++) {
            row[r] = row[r - 1] * (t - r + 1) / r;
        }
        return row;
    }
}
