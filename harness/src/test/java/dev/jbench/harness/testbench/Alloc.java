package dev.jbench.harness.testbench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Benchmarks with known allocation counts (JDK 17, compressed oops): see ASYNC_PROFILER_NOTES §3. */
@State(Scope.Thread)
public class Alloc {
    int x = 3;
    int y = 4;

    /** 0 allocs, 0 B. */
    @Benchmark
    public int zero() {
        return x * y + 1;
    }

    /** 1 alloc, 16 B. */
    @Benchmark
    public Object one() {
        return new Object();
    }

    /** 3 allocs, 48 + 16 + 32 = 96 B. */
    @Benchmark
    public void three(Blackhole bh) {
        bh.consume(new int[8]);
        bh.consume(new Object());
        bh.consume(new long[2]);
    }

    record Point(int x, int y) {
    }

    /** 0 allocs after escape analysis (the bytecode has one {@code new}). */
    @Benchmark
    public int escapeEliminated() {
        Point p = new Point(x, y);
        return p.x() * p.y();
    }
}
