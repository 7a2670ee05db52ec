package dev.jbench.examples;

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
 * Example 3 — building a string from parts: {@code s += part} against one {@link StringBuilder}.
 *
 * <p>{@code +=} creates a new string per part and copies everything built so far into it, so time and B/op grow
 * with the square of the number of parts; the builder copies each character about twice (growth by doubling) and
 * its allocations grow only logarithmically. {@code -benchmem} shows the difference directly: compare B/op and
 * allocs/op of {@code plusEquals} and {@code builder} at {@code parts=1000}.
 *
 * <p>How to run:
 * <pre>
 * ./jbench -bench=Concat -benchmem
 * ./jbench -bench='Concat/plusEquals' -benchmem    # BenchmarkConcat/plusEquals/parts=10-2, parts=1000-2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConcatBenchmark {

    /** How many parts to join. */
    @Param({"10", "1000"})
    int parts;

    String[] words;

    @Setup
    public void makeWords() {
        words = words(parts);
    }

    @Benchmark
    public String plusEquals() {
        return joinWithPlus(words);
    }

    @Benchmark
    public String builder() {
        return joinWithBuilder(words);
    }

    /** {@code parts} short words ("w0 ", "w1 ", …). */
    static String[] words(int parts) {
        String[] w = new String[parts];
        for (int i = 0; i < parts; i++) {
            w[i] = "w" + i + " ";
        }
        return w;
    }

    /** Joins with {@code +=}: quadratic copying. */
    static String joinWithPlus(String[] words) {
        String s = "";
        for (String w : words) {
            s += w;
        }
        return s;
    }

    /** Joins with one StringBuilder: linear copying. */
    static String joinWithBuilder(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w);
        }
        return sb.toString();
    }
}
