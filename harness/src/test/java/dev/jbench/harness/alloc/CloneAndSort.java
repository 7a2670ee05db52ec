package dev.jbench.harness.alloc;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sorting a cloned array: 1 alloc of 16 + 4·size bytes per op (416 B for size 100). The array made in
 * {@code @Setup} must not be counted. Run by {@link AllocProfilerTest}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CloneAndSort {

    @Param("100")
    int size;

    int[] data;

    @Setup
    public void fill() {
        data = new Random(42).ints(size).toArray();
    }

    @Benchmark
    public int[] sort() {
        int[] copy = data.clone();
        Arrays.sort(copy);
        return copy;
    }
}
