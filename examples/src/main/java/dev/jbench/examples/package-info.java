/**
 * Real benchmarks to run with jbench: the benchmarks of Go's profiling and testing guides, in Java. In the spirit
 * of JMH's samples, each class is self-contained, shows one idea, and ends its documentation with how to run it.
 * Read them in order:
 * <ol>
 *   <li>{@link dev.jbench.examples.SortBenchmark} — sorting at sizes 100 to 100,000 ({@code @Param}); one
 *       allocation per op, as {@code -benchmem} shows.</li>
 *   <li>{@link dev.jbench.examples.FibonacciBenchmark} — recursive Fibonacci: pure computation, and why inputs come
 *       from state.</li>
 *   <li>{@link dev.jbench.examples.ConcatBenchmark} — string concatenation, {@code +=} against
 *       {@link java.lang.StringBuilder}: quadratic against linear, visible in B/op.</li>
 *   <li>{@link dev.jbench.examples.ReadMostlyCacheBenchmark} — a read-mostly cache under contention on every
 *       processor: synchronized map, read-write lock, {@link java.util.concurrent.ConcurrentHashMap}.</li>
 *   <li>{@link dev.jbench.examples.JsonEncodingBenchmark} — JSON encoding with jackson-databind against
 *       hand-written code producing the same output.</li>
 *   <li>{@link dev.jbench.examples.ChecksumThroughputBenchmark} — throughput in MB/s with
 *       {@link dev.jbench.harness.api.Report#setBytes(long)} (Go's {@code b.SetBytes}).</li>
 * </ol>
 * The numbering lives here and in each class's first sentence rather than in class names, because jbench turns
 * class names into Go benchmark names ({@code BenchmarkSort/size=100-2}), which users type in {@code -bench}.
 *
 * <p>Parameters are chosen so that the whole set (21 rows) runs in minutes at jbench's defaults:
 * {@code ./jbench -benchmem}. Each benchmark's code under test is a static method that the tests in
 * {@code src/test} check for correctness; a benchmark of wrong code measures nothing.
 */
package dev.jbench.examples;
