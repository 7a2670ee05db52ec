package dev.jbench.harness.testbench;

import org.openjdk.jmh.annotations.Benchmark;

/** Crashes its fork JVM when {@code -Djbench.test.crash=true}: a side whose forks die while the other's do not. */
public class SideCrash {

    private static final boolean CRASH = Boolean.getBoolean("jbench.test.crash");

    @Benchmark
    public long work() {
        if (CRASH) {
            Runtime.getRuntime().halt(3);
        }
        return System.nanoTime();
    }
}
