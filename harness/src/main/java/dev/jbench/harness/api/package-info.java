/**
 * Go's benchmark reporting API for JMH benchmarks: what {@code testing.B} offers beyond timing.
 *
 * <ul>
 *   <li>{@link dev.jbench.harness.api.Report#setBytes(long)} is Go's {@code b.SetBytes}: bytes processed per
 *       operation; jbench then prints {@code MB/s} (10<sup>6</sup> bytes per second).</li>
 *   <li>{@link dev.jbench.harness.api.Report#reportMetric(double, String)} is Go's {@code b.ReportMetric}: a
 *       custom per-operation metric in any unit ({@code compares/op}, {@code hits/op}).
 *       {@link dev.jbench.harness.api.Report#counter(String)} accumulates a count per invocation instead, and
 *       jbench divides by the number of operations, which Java code cannot see.</li>
 *   <li>{@link dev.jbench.harness.api.Parallel} is Go's {@code b.RunParallel}: the benchmark method runs on as
 *       many threads as the {@code -cpu} value of the run. JMH's own {@code @Threads(Threads.MAX)} means the same
 *       thing under jbench, because each fork is started with {@code -XX:ActiveProcessorCount=<cpu>}.</li>
 * </ul>
 *
 * <p>Use it by taking a {@link dev.jbench.harness.api.Report} parameter in the {@code @Benchmark} method (it is a
 * JMH {@code @State(Scope.Thread)} object):
 *
 * <pre>{@code
 * @Benchmark
 * public int parse(Input in, Report report) {
 *     report.setBytes(in.bytes.length);          // -> MB/s
 *     return Parser.parse(in.bytes);
 * }
 * }</pre>
 *
 * <p>The values travel as JMH secondary results of {@link dev.jbench.harness.api.ReportProfiler}, which jbench adds
 * to every run; under plain JMH add it with {@code -prof dev.jbench.harness.api.ReportProfiler} to see them.
 * This package depends on JMH only, so benchmark projects can use it without the rest of the harness.
 */
package dev.jbench.harness.api;
