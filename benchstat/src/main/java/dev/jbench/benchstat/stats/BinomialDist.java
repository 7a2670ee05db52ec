package dev.jbench.benchstat.stats;

/**
 * The binomial distribution B(n, p) (moremath {@code BinomialDist}): the sampling distribution of order statistics
 * used by {@link QuantileCI}.
 *
 * @param n number of trials, >= 0
 * @param p success probability in [0, 1]
 */
record BinomialDist(int n, double p) {

    /** Pr[X = floor(k)]; 0 outside [0, n]. Computed as Choose(n,k) * p^k * (1-p)^(n-k) with Go's Pow. */
    double pmf(double k) {
        double floor = Math.floor(k);
        if (floor < 0 || floor > n) {
            return 0;
        }
        int ki = (int) floor;
        return MathX.choose(n, ki) * GoMath.pow(p, ki) * GoMath.pow(1 - p, n - ki);
    }

    /** The normal approximation N(np, sqrt(np(1-p))); callers apply the continuity correction. */
    NormalDist normalApprox() {
        return new NormalDist(n * p, Math.sqrt(n * p * (1 - p)));
    }
}
