package dev.jbench.examples;

import java.util.Arrays;
import java.util.SplittableRandom;
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
 * Example 1 — sorting at growing sizes: how ns/op scales with n (n log n), and what {@code -benchmem} reports.
 *
 * <p>Each operation sorts a fresh copy of the same random input: the copy is the one allocation per op
 * (16 + 4·size bytes: 416 B at size 100), and sorting an already-sorted array would measure a different
 * algorithm path. The input is built once per trial in {@code @Setup}, outside the timed loop, so neither its time
 * nor its allocation is counted (Go's {@code b.ResetTimer} after building the input).
 *
 * <p>How to run (repository root):
 * <pre>
 * ./jbench -bench=Sort -benchmem                    # BenchmarkSort/size=100-2 … size=100000-2
 * ./jbench -bench='Sort/size=1000$' -count=10 &gt; new.txt &amp;&amp; ./jbenchstat old.txt new.txt
 * </pre>
 * Expected: 1 allocs/op at every size on JDK 17 (later JDKs' {@code Arrays.sort} allocates a few small objects
 * itself: 4 allocs/op on JDK 25); ns/op grows a bit faster than 10× per 10× size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SortBenchmark {

    /** Elements to sort, 100 to 100,000. */
    @Param({"100", "1000", "10000", "100000"})
    int size;

    int[] input;

    @Setup
    public void makeInput() {
        input = randomInts(size, 42);
    }

    @Benchmark
    public int[] sort() {
        return sortedCopy(input);
    }

    /** The code under test: a sorted copy of {@code data}, which is left unchanged. */
    static int[] sortedCopy(int[] data) {
        int[] copy = data.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** {@code n} pseudo-random ints, the same for the same seed (so every fork sorts the same input). */
    static int[] randomInts(int n, long seed) {
        return new SplittableRandom(seed).ints(n).toArray();
    }
}
