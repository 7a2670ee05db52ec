/**
 * Exact {@code allocs/op} and {@code B/op} for {@code jbench -benchmem}, counted the way Go counts them: heap
 * allocations that really happen (after escape analysis), per operation, made by the benchmark itself.
 *
 * <h2>How it counts</h2>
 * A small JVMTI library ({@code harness/src/main/native/jbenchalloc.c}, ~200 lines of C) sets HotSpot's heap
 * sampling interval to 0, which makes the {@code SampledObjectAlloc} event fire for every allocation, on the
 * allocating thread. Allocations that C2's escape analysis removed never happen, so they are never reported: the
 * count is post-EA, as in Go. The callback keeps only JMH worker threads ({@code *-jmh-worker-N}) and, by walking up
 * to the nearest frame of a JMH-generated class, only allocations inside the timed loop ({@code *_jmhStub}); JMH's
 * own per-iteration objects on the worker (~17 objects, ~550 B), {@code @Setup}/{@code @TearDown} at Trial and
 * Iteration level and the untimed synchronisation loops are left out. Dividing by the iteration's measured
 * operations therefore gives the exact figure even for {@code -benchtime=10x}.
 *
 * <h2>When it counts: the last warm-up iteration, never a measured one</h2>
 * Counting costs ~0.5 µs per allocation (below), so {@link dev.jbench.harness.alloc.AllocProfiler} does it in
 * warm-up only. With W warm-up iterations (W ≥ 2):
 * <ol>
 *   <li>before warm-up 1 (before JMH creates its worker threads): interval 0, event off. Free. A thread draws its
 *       first sampling distance from the interval in force when it is born; workers born at the default interval
 *       would first use up ~512 KiB uncounted, which a {@code 10x} iteration never does (measured: 0 allocs/op for
 *       {@code new Object()} without this step);</li>
 *   <li>warm-up W−1: event on, then {@code System.gc()} so every thread's next allocation refills its TLAB and is
 *       sampled. The iteration is slow and not used (it also absorbs any recompilation);</li>
 *   <li>warm-up W: count. The iteration's result carries {@link dev.jbench.harness.alloc.AllocMetrics#ALLOCS_PER_OP}
 *       and {@link dev.jbench.harness.alloc.AllocMetrics#BYTES_PER_OP}; the event goes off and the interval back to
 *       512 KiB;</li>
 *   <li>measured iterations run at full speed and carry the same two values, so every Go line can print them.</li>
 * </ol>
 *
 * <h2>Why a C library and not async-profiler's {@code alloc=1}</h2>
 * Facts (ASYNC_PROFILER_NOTES.md §3 and runs of this package, JDK 17, 2 vCPU): async-profiler {@code alloc=1}
 * counts exactly but costs 4.4–7.5 µs per allocation (it records a full stack trace per sample), counts every
 * thread (its thread filter is not consulted by the allocation engine), so JMH's bookkeeping inflates small-N runs,
 * and shares the one global sampling interval. This library costs ~0.6 µs per allocation including the short
 * stack walk ({@code new Object()}: 604 ns/op while counting vs 1.2 ns/op off; {@code three}: 1795 vs 6.0 ns/op),
 * filters threads and the timed loop in native code, and builds with gcc in 0.3 s. A full-depth stack walk cost
 * 12–18 µs per allocation, which is why the walk stops at the first JMH-generated frame.
 *
 * <h2>Measured figures</h2>
 * (AverageTime, 3 × 1 s warm-up, 3 × 1 s measurement, {@code -Xms256m -Xmx256m -XX:+AlwaysPreTouch}):
 * <pre>
 * benchmark          truth     counted allocs/op; B/op    ns/op: off → counting → measured after
 * zero               0 / 0     0; 0                       0.70 → 1.14 → 0.71–1.02
 * one                1 / 16    1; 16                      1.20 → 604 → 1.21–1.27
 * three              3 / 96    3; 96                      6.03 → 1795 → 6.5–9.1
 * escapeEliminated   0 / 0     0; 0                       0.50 → 0.49 → 0.45–0.74
 * pointEscapes       1 / 24    1; 24                      2.80 → 1408 → 1.74–3.21
 * sort size=100      1 / 416   1; 416                     976 → 1752 → 811–841
 * (counted values were exact to 9 decimals.) -benchtime=10x (SingleShotTime, batch 10, 3 warm-ups): one 1 / 16,
 * three 3 / 96, sort 1 / 416, exactly.
 * </pre>
 * JDK 25 (Temurin, fork JVM): zero, one, three, escapeEliminated and pointEscapes exact as above, and equal to
 * {@code -prof gc}; {@code Arrays.sort(int[])} itself allocates there (4 allocs, 488 B/op for size 100, which
 * {@code -prof gc} confirms), so "1 for sorting a cloned array" holds on JDK 17.
 * A few extra allocations can show up when the timed loop starts interpreted at the beginning of the counting
 * iteration and its callee is not yet the escape-analysed version (seen once: escapeEliminated 0.0000038 allocs/op).
 * The error is positive and tiny, so truncating as Go does ({@link dev.jbench.harness.alloc.AllocMetrics}) prints
 * the exact integer.
 *
 * <h2>For the runner ({@code -benchmem})</h2>
 * <ol>
 *   <li>In the host, before running: {@code NativeAllocCounter.unavailableReason()}; if present, print it once on
 *       stderr (e.g. {@code jbench: allocs/op unavailable: ...}) and go on: lines get B/op without allocs/op.</li>
 *   <li>Add the profiler: {@code optionsBuilder.addProfiler(AllocProfiler.class)}. Give each fork at least one
 *       plain warm-up iteration followed by the two the counter uses (JMH {@code warmupIterations = plain + 2}):
 *       counting slows every allocation ~500×, so code first reached by C2 during counting may still run without
 *       escape analysis (measured: {@code escapeEliminated} counted 1 alloc/op with only the two counter
 *       iterations of 200 ms on a loaded machine; 0 with one plain warm-up before them). With fewer than 2 warm-up
 *       iterations only B/op is reported, from the worker threads' allocated-bytes counters, which overstate small
 *       {@code Nx} runs by JMH's ~550 B per iteration. AllocProfiler also covers what a separate worker-bytes
 *       profiler would do; running both is harmless.</li>
 *   <li>In {@code OutputFormat.iterationResult}, for a measured iteration:
 *       {@code AllocMetrics.bytesPerOp(result)} and {@code AllocMetrics.allocsPerOp(result)} give the integers
 *       Go prints ({@code OptionalLong}; empty = leave the column out). Warm-up results also carry them (the last
 *       warm-up is where they were counted).</li>
 *   <li>Do not run async-profiler allocation profiling in the same warm-up iterations: the sampling interval is one
 *       global VM setting (last writer wins). Starting it at the first measured iteration is fine.</li>
 *   <li>On JDK 22+ {@code System.load} prints a restricted-method warning; pass
 *       {@code --enable-native-access=ALL-UNNAMED} to the fork.</li>
 *   <li>{@code -Djbench.allocs.disable=true} in the fork's JVM arguments switches the counter off (escape hatch).</li>
 * </ol>
 *
 * <h2>Build</h2>
 * {@code harness/pom.xml} runs {@code src/main/native/build.sh} (exec-maven-plugin, compile phase) with the JDK that
 * runs Maven: gcc compiles the library into {@code target/classes/dev/jbench/harness/alloc/libjbenchalloc.so}, so it
 * ships inside the harness jar; {@link dev.jbench.harness.alloc.NativeAllocCounter} extracts it to a temporary file
 * in the fork and loads it. Without gcc or JDK headers the build says why and goes on; jbench then reports the
 * reason at run time. Linux and macOS; the library is built for the machine that builds jbench.
 *
 * <h2>Limits</h2>
 * {@code @Setup(Level.Invocation)} runs inside the timed loop and is counted. Benchmarks run by threads other than
 * JMH's workers (their own executors) are not counted. Counting changes timing only in warm-up; a benchmark whose
 * allocations depend on JIT state counts what the warmed-up code allocates.
 */
package dev.jbench.harness.alloc;
