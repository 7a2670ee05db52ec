package dev.jbench.harness.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark method as discovered in a side's classpath.
 *
 * @param jmhName   JMH's name, {@code pkg.Class.method}
 * @param className the declaring {@code @Benchmark} class, {@code pkg.Class}
 * @param parallel  true for {@code @Parallel} / {@code @Threads(Threads.MAX)}: threads = the {@code -cpu} value
 * @param threads   the fixed thread count otherwise (JMH {@code @Threads}, default 1)
 * @param params    {@code @Param} keys in declaration order, each with its values in declaration order
 */
public record BenchmarkInfo(String jmhName, String className, boolean parallel, int threads,
                            Map<String, List<String>> params) {

    public BenchmarkInfo {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The method name, the last part of {@link #jmhName()}. */
    public String method() {
        return jmhName.substring(jmhName.lastIndexOf('.') + 1);
    }
}
