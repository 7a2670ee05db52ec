/**
 * Classic benchstat ({@code jbenchstat -v1}): the comparison tables of golang/perf's benchstat before its 2023
 * rewrite ({@code name  old time/op  new time/op  delta}), reproduced byte for byte.
 *
 * <p>Pipeline:
 * <ol>
 *   <li>{@link dev.jbench.benchstat.v1.ClassicFlags} parses the command line into
 *       {@link dev.jbench.benchstat.v1.ClassicOptions}.</li>
 *   <li>{@link dev.jbench.benchstat.v1.ClassicReader} reads each file's benchmark lines and labels;
 *       {@link dev.jbench.benchstat.v1.Collection} keys every measurement by (file, group from {@code -split}
 *       labels, benchmark name, raw unit — units are not tidied in v1).</li>
 *   <li>{@link dev.jbench.benchstat.v1.Metrics} drops outliers (Tukey fences on R8 quartiles) and computes mean
 *       and range; {@link dev.jbench.benchstat.v1.TableBuilder} builds one table per unit, applying the
 *       {@link dev.jbench.benchstat.v1.DeltaTest} (Mann-Whitney U, Welch t or none) when there are two files,
 *       sorting with a {@link dev.jbench.benchstat.v1.RowOrder} and adding the geomean row.</li>
 *   <li>{@link dev.jbench.benchstat.v1.TextFormat}, {@link dev.jbench.benchstat.v1.CsvFormat} or
 *       {@link dev.jbench.benchstat.v1.HtmlFormat} renders the tables; numbers go through
 *       {@link dev.jbench.benchstat.v1.Scaler} and Go-exact {@link dev.jbench.benchstat.v1.GoFormat}.</li>
 * </ol>
 *
 * <p>Deliberate differences from Go's classic benchstat: exit status 2 for a bad flag value (including
 * {@code -alpha} outside [0, 1]) and 1 for an unreadable input, options may follow file names, no line-length
 * limit, a NaN measurement is reported as {@code file:line} on stderr and dropped instead of hanging, and tied
 * samples get correct exact U-test p-values.
 */
package dev.jbench.benchstat.v1;
