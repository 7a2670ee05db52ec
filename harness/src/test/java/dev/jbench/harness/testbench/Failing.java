package dev.jbench.harness.testbench;

import org.openjdk.jmh.annotations.Benchmark;

/** Benchmarks that go wrong in each way a fork can: throw, exit the JVM, hang. */
public class Failing {

    /** Throws on the first call. */
    @Benchmark
    public int throwing() {
        throw new IllegalStateException("boom from the benchmark");
    }

    /** Ends the JVM from inside the benchmark. */
    @Benchmark
    public void exiting() {
        System.exit(7);
    }

    /** Never returns. */
    @Benchmark
    public void hanging() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
