package dev.jbench.harness.testbench;

import org.openjdk.jmh.annotations.Benchmark;

/** Two trivial benchmarks for A/B runs: fast forks, and a second name the tests can hide from one side. */
public class AbTiny {

    /** Present on both sides in the tests. */
    @Benchmark
    public long a() {
        return System.nanoTime() * 31;
    }

    /** Hidden from the base side in the mismatch test. */
    @Benchmark
    public long b() {
        return System.nanoTime() * 17;
    }
}
