package ${package};

import java.nio.charset.StandardCharsets;
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
 * A sample benchmark: FNV-1a hashing of a message, at two sizes, once over a byte array and once over a String.
 *
 * <p>jbench names it {@code BenchmarkFnvHash/...}: run it with {@code ./jbench -bench=FnvHash -benchmem}, or all of
 * this project's benchmarks with {@code ./jbench -bench=.}. Replace it with your own: any JMH {@code @Benchmark}
 * method works.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FnvHashBenchmark {

    @Param({"64", "4096"})
    public int size;

    private byte[] bytes;
    private String text;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            sb.append((char) ('a' + i % 26));
        }
        text = sb.toString();
        bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Hashes bytes already in memory: no allocation. */
    @Benchmark
    public int bytes() {
        return Fnv.hash(bytes);
    }

    /** Encodes the String first: one allocation per call, which {@code -benchmem} shows as allocs/op. */
    @Benchmark
    public int string() {
        return Fnv.hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
