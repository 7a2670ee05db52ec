package dev.jbench.harness.alloc;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmarks whose allocations per operation are known exactly (JDK 17+, compressed oops and class pointers,
 * 12-byte object headers, 8-byte alignment). Run by {@link AllocProfilerTest}, not by users.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KnownAllocations {

    int x = 3;
    int y = 4;

    /** A value object; 12-byte header + 2 ints = 20, aligned to 24 bytes. */
    static final class Point {
        final int px;
        final int py;

        Point(int px, int py) {
            this.px = px;
            this.py = py;
        }
    }

    /** 0 allocs, 0 B: arithmetic only. */
    @Benchmark
    public int zero() {
        return x * 31 + y;
    }

    /** 1 alloc, 16 B: an escaping {@code new Object()}. */
    @Benchmark
    public Object one() {
        return new Object();
    }

    /** 3 allocs, 48 + 16 + 32 = 96 B: int[8] (16 + 32), Object (16), long[2] (16 + 16). */
    @Benchmark
    public void three(Blackhole bh) {
        bh.consume(new int[8]);
        bh.consume(new Object());
        bh.consume(new long[2]);
    }

    /** 0 allocs, 0 B once C2 compiled it: the bytecode has one {@code new}, which escape analysis removes. */
    @Benchmark
    public int escapeEliminated() {
        Point p = new Point(x, y);
        return p.px * p.px + p.py * p.py;
    }

    /** 1 alloc, 24 B: the same object, escaping. */
    @Benchmark
    public Object pointEscapes() {
        return new Point(x, y);
    }
}
