package dev.jbench.harness.options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything one jbench run is asked to do: Go's {@code go test -bench} flags plus the JVM-specific ones.
 * Immutable; start from {@link #withDefaults()} and change fields with the {@code with…()} methods, which check
 * their argument and throw {@link IllegalArgumentException} with a message naming the flag.
 *
 * @param bench Go's {@code -bench} regexp; {@code null} runs no benchmarks
 * @param benchTime {@code -benchtime}: measured time per sample, or exact operations ({@code Nx})
 * @param count {@code -count}: samples per benchmark, ≥ 1
 * @param cpus {@code -cpu}: processor counts to run each benchmark with; empty = the machine's
 * @param benchmem {@code -benchmem}: print B/op and allocs/op
 * @param timeout {@code -timeout}: whole-run limit (Go's default 10m); zero = none
 * @param verbose {@code -v}: fork commands and every iteration's score on stderr
 * @param list {@code -list}: print names matching this regexp instead of running
 * @param json {@code -json}: JSON events on stdout instead of text
 * @param outputDir {@code -outputdir}: directory for profiles (and relative profile paths)
 * @param outFile {@code -o}: results file, rewritten atomically after every line
 * @param shuffle {@code -shuffle}
 * @param failFast {@code -failfast}: start no new benchmark after the first failure
 * @param java {@code -java}: the java launcher for forks; {@code null} = the running JVM's
 * @param jvmArgs {@code -jvmarg}: extra fork JVM arguments, appended last (they win)
 * @param heap {@code -heap}: fork heap size, fixed and pre-touched ({@code -Xms=-Xmx}, AlwaysPreTouch, transparent huge pages where Linux offers them); {@code default} = JVM's own
 * @param classpath {@code -cp}: where the benchmarks are (added after the harness classpath)
 * @param sampling {@code -sampling}: how the {@code -count} samples are taken
 * @param warmup {@code -warmup}: warm-up time per fork before the measured iteration
 * @param forkTimeout {@code -forktimeout}: per-fork limit; a fork past it fails its benchmark only; zero = none
 * @param pkg {@code -pkg}: the {@code pkg:} header value; {@code null} = the benchmarks' common Java package
 * @param spreadWarning {@code -spreadwarn}: warn when a benchmark's half-range exceeds this fraction of its median; 0 = never
 */
public record RunOptions(String bench,
                         BenchTime benchTime,
                         int count,
                         List<Integer> cpus,
                         boolean benchmem,
                         Duration timeout,
                         boolean verbose,
                         String list,
                         boolean json,
                         Path outputDir,
                         Path outFile,
                         Shuffle shuffle,
                         boolean failFast,
                         Path java,
                         List<String> jvmArgs,
                         String heap,
                         List<Path> classpath,
                         Sampling sampling,
                         Duration warmup,
                         Duration forkTimeout,
                         String pkg,
                         double spreadWarning) {

    /** Go's defaults, plus jbench's measured defaults for the JVM-specific fields. */
    public static RunOptions withDefaults() {
        return new RunOptions(null, BenchTime.DEFAULT, 1, List.of(), false, Duration.ofMinutes(10), false, null, false, null, null, Shuffle.OFF, false, null, List.of(), "128m", List.of(), Sampling.ROUNDS, Duration.ofMillis(500), Duration.ZERO, null, 0.05);
    }

    /** A copy with {@code bench} replaced. */
    public RunOptions withBench(String bench) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code benchTime} replaced. */
    public RunOptions withBenchTime(BenchTime benchTime) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code count} replaced. */
    public RunOptions withCount(int count) {
        if (!(count >= 1)) {
            throw new IllegalArgumentException("-count: must be at least 1, got " + count);
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code cpus} replaced. */
    public RunOptions withCpus(List<Integer> cpus) {
        if (!(cpus.stream().allMatch(c -> c != null && c >= 1))) {
            throw new IllegalArgumentException("-cpu: every value must be at least 1, got " + cpus);
        }
        cpus = List.copyOf(cpus);
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code benchmem} replaced. */
    public RunOptions withBenchmem(boolean benchmem) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code timeout} replaced. */
    public RunOptions withTimeout(Duration timeout) {
        if (!(!timeout.isNegative())) {
            throw new IllegalArgumentException("-timeout: must not be negative");
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code verbose} replaced. */
    public RunOptions withVerbose(boolean verbose) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code list} replaced. */
    public RunOptions withList(String list) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code json} replaced. */
    public RunOptions withJson(boolean json) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code outputDir} replaced. */
    public RunOptions withOutputDir(Path outputDir) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code outFile} replaced. */
    public RunOptions withOutFile(Path outFile) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code shuffle} replaced. */
    public RunOptions withShuffle(Shuffle shuffle) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code failFast} replaced. */
    public RunOptions withFailFast(boolean failFast) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code java} replaced. */
    public RunOptions withJava(Path java) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code jvmArgs} replaced. */
    public RunOptions withJvmArgs(List<String> jvmArgs) {
        jvmArgs = List.copyOf(jvmArgs);
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code heap} replaced. */
    public RunOptions withHeap(String heap) {
        if (!(heap.equals("default") || heap.matches("\\d+[kKmMgG]?"))) {
            throw new IllegalArgumentException("-heap: want a size such as 256m or 1g, or default; got " + heap);
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code classpath} replaced. */
    public RunOptions withClasspath(List<Path> classpath) {
        classpath = List.copyOf(classpath);
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code sampling} replaced. */
    public RunOptions withSampling(Sampling sampling) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code warmup} replaced. */
    public RunOptions withWarmup(Duration warmup) {
        if (!(!warmup.isNegative())) {
            throw new IllegalArgumentException("-warmup: must not be negative");
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code forkTimeout} replaced. */
    public RunOptions withForkTimeout(Duration forkTimeout) {
        if (!(!forkTimeout.isNegative())) {
            throw new IllegalArgumentException("-forktimeout: must not be negative");
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code pkg} replaced. */
    public RunOptions withPkg(String pkg) {
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

    /** A copy with {@code spreadWarning} replaced. */
    public RunOptions withSpreadWarning(double spreadWarning) {
        if (!(spreadWarning >= 0)) {
            throw new IllegalArgumentException("-spreadwarn: must be a fraction >= 0");
        }
        return new RunOptions(bench, benchTime, count, cpus, benchmem, timeout, verbose, list, json, outputDir, outFile, shuffle, failFast, java, jvmArgs, heap, classpath, sampling, warmup, forkTimeout, pkg, spreadWarning);
    }

}
