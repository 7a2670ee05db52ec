package dev.jbench.examples;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Example 2 — recursive Fibonacci, the first benchmark of Go's testing documentation ({@code BenchmarkFib10}).
 * Pure computation: 0 B/op and 0 allocs/op, and a cost that grows by φ ≈ 1.618 per step of n.
 *
 * <p>{@code n} is a {@code @Param} field, not a constant, so the JIT cannot fold the whole call tree into a
 * constant: a benchmark must read its input from state, and return (or sink) its result, or the compiler may
 * delete the work (Go's equivalent is assigning to a package-level variable).
 *
 * <p>How to run:
 * <pre>
 * ./jbench -bench=Fibonacci -benchmem
 * ./jbench -bench='Fibonacci/n=20' -count=10 &gt; new.txt     # BenchmarkFibonacci/n=20-2
 * </pre>
 * Expected: n=20 takes about 123× (φ<sup>10</sup>) as long as n=10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FibonacciBenchmark {

    /** Which Fibonacci number to compute. */
    @Param({"10", "20"})
    int n;

    /** Named like the class, so jbench calls it {@code BenchmarkFibonacci/n=10} (no method level). */
    @Benchmark
    public int fibonacci() {
        return fib(n);
    }

    /** The code under test: the n-th Fibonacci number (fib(0) = 0, fib(1) = 1), computed recursively, n ≥ 0. */
    static int fib(int n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }
}
