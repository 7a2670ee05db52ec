/**
 * Statistics for benchmark results: Java's counterpart of golang/perf's {@code benchmath} and the parts of
 * aclements/go-moremath ({@code stats}, {@code mathx}) that benchstat uses. Works on {@code double[]} only, never on
 * parsed records; JDK only.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>The values of one table cell become a {@link dev.jbench.benchstat.stats.Sample}: sorted like Go's
 *       {@code sort.Float64s}, with the {@link dev.jbench.benchstat.stats.Thresholds} (alpha) of the run.</li>
 *   <li>The unit's {@link dev.jbench.benchstat.stats.Assumption} ({@code assume=exact} metadata, else
 *       {@link dev.jbench.benchstat.stats.Assumption#NOTHING}) summarizes each sample into a
 *       {@link dev.jbench.benchstat.stats.Summary}: by default the median (Hyndman &amp; Fan 1996, method R8) and
 *       a distribution-free confidence interval between two order statistics
 *       ({@link dev.jbench.benchstat.stats.QuantileCI}: exact binomial sums for n &lt;= 30, normal approximation
 *       above), rendered as the {@code ±} column by {@code pctRangeString()}.</li>
 *   <li>The same assumption compares a column's sample with the baseline's into a
 *       {@link dev.jbench.benchstat.stats.Comparison}: by default the
 *       {@link dev.jbench.benchstat.stats.MannWhitneyUTest} (Mann &amp; Whitney 1947; exact null distribution for
 *       small samples, with ties after Klotz 1966 and Cheung &amp; Klotz 1997; otherwise the normal approximation
 *       with tie and continuity corrections), rendered as the delta ({@code formatDelta}) and the note
 *       ({@code p=0.000 n=10}).</li>
 *   <li>Statistical caveats never throw: they travel as warning strings (benchstat's footnotes), e.g.
 *       {@code need >= 6 samples for confidence interval at level 0.95}.</li>
 *   <li>The geomean row uses {@link dev.jbench.benchstat.stats.GeoMean}; v1 mode uses
 *       {@link dev.jbench.benchstat.stats.Descriptive}, the U test and {@link dev.jbench.benchstat.stats.WelchTTest}
 *       (Welch 1947) directly.</li>
 * </ol>
 *
 * <h2>Floating-point fidelity</h2>
 * benchstat's output must be reproduced to the byte, and CSV prints full-precision doubles. So every number that
 * reaches the output is computed with Go's algorithms in Go's order of operations: {@code math.Log}, the amd64 FMA
 * {@code math.Exp}, {@code math.Pow}, {@code math.Erfc}, {@code math.Lgamma} (package-private ports), Acklam's
 * inverse normal CDF with a Halley step, moremath's binomial coefficients and incomplete beta function; and
 * {@code %.Nf} is rounded half-to-even on the exact binary value.
 *
 * <h2>Deliberate difference</h2>
 * With tied values, the two-sided exact U-test p-value is twice the smaller exact tail at the observed U, where Go
 * doubles the lower tail at min(U1, U2) and so returns p = 0 for some extreme arrangements (see
 * {@link dev.jbench.benchstat.stats.MannWhitneyUTest}).
 *
 * <h2>References</h2>
 * <ul>
 *   <li>Mann, H. B.; Whitney, D. R. (1947). "On a Test of Whether one of Two Random Variables is Stochastically
 *       Larger than the Other". Annals of Mathematical Statistics 18 (1): 50–60.</li>
 *   <li>Klotz, J. H. (1966). "The Wilcoxon, Ties, and the Computer". Journal of the American Statistical
 *       Association 61 (315): 772–787.</li>
 *   <li>Cheung, Y. K.; Klotz, J. H. (1997). "The Mann Whitney Wilcoxon Distribution Using Linked Lists".
 *       Statistica Sinica 7: 805–813.</li>
 *   <li>Hyndman, R. J.; Fan, Y. (1996). "Sample Quantiles in Statistical Packages". The American Statistician
 *       50 (4): 361–365.</li>
 *   <li>Welch, B. L. (1947). "The generalization of 'Student's' problem when several different population variances
 *       are involved". Biometrika 34 (1–2): 28–35.</li>
 *   <li>Acklam, P. J. (2003). "An algorithm for computing the inverse normal cumulative distribution function".</li>
 * </ul>
 */
package dev.jbench.benchstat.stats;
