package dev.jbench.harness.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line-producing unit of a run: a benchmark with one parameter combination at one {@code -cpu} value.
 *
 * @param name      the full Go name as printed, e.g. {@code BenchmarkSort/size=100-2} (the {@code -N} suffix is
 *                  left out when N is 1, as in Go)
 * @param benchmark the benchmark
 * @param params    the parameter values of this case, in declaration order
 * @param cpu       the processor count the fork JVM is told it has
 * @param threads   worker threads
 */
public record BenchCase(String name, BenchmarkInfo benchmark, Map<String, String> params, int cpu, int threads) {

    public BenchCase {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
