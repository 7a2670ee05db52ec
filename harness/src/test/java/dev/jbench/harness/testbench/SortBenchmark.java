package dev.jbench.harness.testbench;

import java.util.Arrays;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Sorting a clone: 1 alloc per op. Its two params are declared zeta-order first to test declaration order. */
@State(Scope.Thread)
public class SortBenchmark {
    @Param({"100", "1000"})
    int size;

    @Param({"random"})
    String order;

    int[] data;

    @Setup
    public void setup() {
        data = new Random(size).ints(size).toArray();
    }

    @Benchmark
    public int[] sort() {
        int[] copy = data.clone();
        Arrays.sort(copy);
        return copy;
    }
}
