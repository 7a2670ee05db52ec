package dev.jbench.examples;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import dev.jbench.harness.api.Report;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Example 6 — throughput in MB/s: checksumming a buffer with CRC-32 and CRC-32C (both intrinsified by HotSpot).
 *
 * <p>{@link Report#setBytes(long)} is Go's {@code b.SetBytes}: it declares how many bytes one operation processes,
 * and jbench adds {@code MB/s} (10<sup>6</sup> bytes per second) to the line, so sizes can be compared directly:
 * a 1 KiB and a 1 MiB buffer give similar MB/s once the per-call overhead is amortised, while ns/op differs by
 * 1000×. Under plain JMH, add {@code -prof dev.jbench.harness.api.ReportProfiler} to see the figure.
 *
 * <p>How to run:
 * <pre>
 * ./jbench -bench=ChecksumThroughput
 * ./jbench -bench='ChecksumThroughput/crc32$' -count=10 &gt; new.txt   # not crc32c: -bench is a regexp
 * </pre>
 * Expected line shape: {@code BenchmarkChecksumThroughput/crc32/size=1024-2  N  ns/op  MB/s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChecksumThroughputBenchmark {

    /** Buffer size in bytes: 1 KiB and 1 MiB. */
    @Param({"1024", "1048576"})
    int size;

    byte[] data;
    final CRC32 crc32 = new CRC32();
    final CRC32C crc32c = new CRC32C();

    @Setup
    public void fill() {
        data = randomBytes(size, 1);
    }

    @Benchmark
    public long crc32(Report report) {
        report.setBytes(data.length);
        return checksum(crc32, data);
    }

    @Benchmark
    public long crc32c(Report report) {
        report.setBytes(data.length);
        return checksum(crc32c, data);
    }

    /** The code under test: {@code sum}'s value over all of {@code data} (the checksum is reset first). */
    static long checksum(Checksum sum, byte[] data) {
        sum.reset();
        sum.update(data, 0, data.length);
        return sum.getValue();
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        return b;
    }
}
