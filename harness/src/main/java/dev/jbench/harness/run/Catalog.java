package dev.jbench.harness.run;

import java.util.List;

/**
 * What a listing fork reported about a side: its benchmarks and the facts needed to fork it.
 *
 * @param benchmarks the benchmarks, in JMH's order (by name)
 * @param jvm        the fork JVM's vendor and version, for the {@code jvm:} header
 * @param jmh        JMH's version, for the {@code jmh:} header
 * @param processors processors the fork JVM sees (the default {@code -cpu} value)
 * @param hintArgs   JVM flags JMH would give a fork (e.g. enabling compiler blackholes)
 * @param hints      lines of the compiler-command file JMH would give a fork
 */
public record Catalog(List<BenchmarkInfo> benchmarks, String jvm, String jmh, int processors,
                      List<String> hintArgs, List<String> hints) {

    public Catalog {
        benchmarks = List.copyOf(benchmarks);
        hintArgs = List.copyOf(hintArgs);
        hints = List.copyOf(hints);
    }
}
