package dev.jbench.harness.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one forked JVM measures: one benchmark with one parameter combination, on {@code threads} threads.
 *
 * <p>Iteration plan, in order: {@code warmupIterations} warm-up iterations, then {@code allocIterations} more
 * warm-up iterations that belong to the allocation counter (it switches on in the first and counts in the last, so
 * counting never slows a measured iteration), then {@code measureIterations} measured iterations. In time mode each
 * iteration lasts {@code warmupNanos} (warm-up, allocation) or {@code measureNanos} (measured); in count mode
 * ({@code ops > 0}, Go's {@code -benchtime=Nx}) every iteration runs exactly {@code ops} operations per thread.
 *
 * @param benchmark         JMH's benchmark name, {@code pkg.Class.method}
 * @param params            {@code @Param} values to use, in declaration order
 * @param threads           worker threads (1, or the {@code -cpu} value for parallel benchmarks)
 * @param warmupIterations  plain warm-up iterations, ≥ 0
 * @param warmupNanos       length of each warm-up and allocation iteration in time mode, > 0
 * @param allocIterations   0, or the iterations the allocation counter needs (see above)
 * @param measureIterations measured iterations, ≥ 1 (one per result line)
 * @param measureNanos      measured iteration length in time mode; 0 in count mode
 * @param ops               operations per iteration and thread in count mode; 0 in time mode
 * @param profilers         extra JMH profiler class names, each optionally followed by {@code :options}
 */
public record ForkSpec(String benchmark, Map<String, String> params, int threads, int warmupIterations,
                       long warmupNanos, int allocIterations, int measureIterations, long measureNanos, long ops,
                       List<String> profilers) {

    public ForkSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        profilers = List.copyOf(profilers);
        if (threads < 1 || warmupIterations < 0 || allocIterations < 0 || measureIterations < 1
                || (measureNanos > 0) == (ops > 0) || warmupNanos <= 0) {
            throw new IllegalArgumentException("inconsistent fork spec: " + this);
        }
    }

    /** True for Go's {@code -benchtime=Nx}. */
    public boolean isCountMode() {
        return ops > 0;
    }

    /** The command-line form read back by {@link #fromArgs(List)}. */
    public List<String> toArgs() {
        List<String> a = new ArrayList<>();
        a.add("benchmark=" + benchmark);
        params.forEach((k, v) -> a.add("param=" + k + "=" + v));
        a.add("threads=" + threads);
        a.add("warmupIterations=" + warmupIterations);
        a.add("warmupNanos=" + warmupNanos);
        a.add("allocIterations=" + allocIterations);
        a.add("measureIterations=" + measureIterations);
        a.add("measureNanos=" + measureNanos);
        a.add("ops=" + ops);
        profilers.forEach(p -> a.add("profiler=" + p));
        return a;
    }

    /** Parses {@link #toArgs()}; throws {@link IllegalArgumentException} on anything else. */
    public static ForkSpec fromArgs(List<String> args) {
        String benchmark = null;
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, Long> nums = new LinkedHashMap<>();
        List<String> profilers = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("fork argument without '=': " + arg);
            }
            String key = arg.substring(0, eq);
            String value = arg.substring(eq + 1);
            switch (key) {
                case "benchmark" -> benchmark = value;
                case "param" -> {
                    int e2 = value.indexOf('=');
                    params.put(value.substring(0, e2), value.substring(e2 + 1));
                }
                case "profiler" -> profilers.add(value);
                default -> nums.put(key, Long.parseLong(value));
            }
        }
        return new ForkSpec(benchmark, params, nums.get("threads").intValue(),
                nums.get("warmupIterations").intValue(), nums.get("warmupNanos"),
                nums.get("allocIterations").intValue(), nums.get("measureIterations").intValue(),
                nums.get("measureNanos"), nums.get("ops"), profilers);
    }
}
