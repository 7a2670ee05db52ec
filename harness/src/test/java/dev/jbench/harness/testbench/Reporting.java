package dev.jbench.harness.testbench;

import dev.jbench.harness.api.Parallel;
import dev.jbench.harness.api.Report;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Uses Go's reporting API: bytes per op, a set metric, a counted metric, and a parallel benchmark. */
@State(Scope.Benchmark)
public class Reporting {
    final byte[] buf = new byte[1024];
    final AtomicLong shared = new AtomicLong();

    @Benchmark
    public int checksum(Report r) {
        r.setBytes(buf.length);
        r.reportMetric(2.5, "widgets/op");
        r.counter("calls/op").increment();
        int s = 0;
        for (byte b : buf) {
            s += b;
        }
        return s;
    }

    @Benchmark
    @Parallel
    public long parallelAdd() {
        return shared.incrementAndGet();
    }
}
