package dev.jbench.harness.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a benchmark reports besides its time, like Go's {@code testing.B}: bytes processed per operation
 * ({@code b.SetBytes}) and custom per-operation metrics ({@code b.ReportMetric}).
 *
 * <p>Take it as a parameter of the {@code @Benchmark} method; JMH creates one per worker thread. Calls are plain
 * field writes after the first call for a unit (no locking, no allocation, no boxing), so they may sit inside the measured
 * code. The values are collected after every iteration by {@link ReportProfiler}; for parallel benchmarks counters
 * of all threads are summed, and set values are averaged over the threads that set them.
 */
@State(Scope.Thread)
public class Report {

    /** Every instance JMH created in this JVM, so the profiler can read them after an iteration. */
    static final Queue<Report> LIVE = new ConcurrentLinkedQueue<>();

    long bytesPerOp = -1;
    final Map<String, double[]> metrics = new LinkedHashMap<>();
    final Map<String, Counter> counters = new LinkedHashMap<>();

    /** JMH instantiates this state; benchmarks never need to. */
    public Report() {
        LIVE.add(this);
    }

    /**
     * Go's {@code b.SetBytes}: the number of bytes one operation processes, ≥ 0. jbench prints
     * {@code bytes / (ns/op) * 1000} as {@code MB/s} (MB = 10<sup>6</sup> bytes). The last value set wins.
     */
    public void setBytes(long bytes) {
        if (bytes >= 0) {
            bytesPerOp = bytes;
            return;
        }
        throw new IllegalArgumentException("setBytes: bytes per op must be >= 0, got " + bytes);
    }

    /**
     * Go's {@code b.ReportMetric}: reports {@code perOp} (already divided by the number of operations) in
     * {@code unit}, e.g. {@code reportMetric(3.5, "compares/op")}. The last value set for a unit wins. A unit equal
     * to a built-in one ({@code ns/op}, {@code B/op}, {@code allocs/op}, {@code MB/s}) replaces it, as in Go.
     * Units must not be empty nor contain whitespace (the Go format separates fields by whitespace).
     */
    public void reportMetric(double perOp, String unit) {
        double[] holder = metrics.get(unit);
        if (holder == null) {
            holder = new double[] {Double.NaN};
            metrics.put(checkUnit(unit), holder);
        }
        holder[0] = perOp;
    }

    /**
     * A counter whose total over an iteration jbench divides by the iteration's operations and reports in
     * {@code unit}. Use it when the amount is known per invocation (Java code never sees Go's {@code b.N}):
     * fetch it once (e.g. in {@code @Setup}) and call {@link Counter#add(double)} in the benchmark.
     */
    public Counter counter(String unit) {
        Counter c = counters.get(unit);
        if (c == null) {
            c = new Counter();
            counters.put(checkUnit(unit), c);
        }
        return c;
    }

    private static String checkUnit(String unit) {
        boolean ok = unit != null && !unit.isEmpty();
        for (int i = 0; ok && i < unit.length(); i++) {
            ok = !Character.isWhitespace(unit.charAt(i));
        }
        if (!ok) {
            throw new IllegalArgumentException("metric unit must be non-empty without whitespace, got \"" + unit + "\"");
        }
        return unit;
    }

    void reset() {
        bytesPerOp = -1;
        for (double[] holder : metrics.values()) {
            holder[0] = Double.NaN;
        }
        for (Counter c : counters.values()) {
            c.total = 0;
        }
    }

    /** An accumulating per-operation metric, see {@link Report#counter(String)}. Not thread-safe: one per thread. */
    public static final class Counter {
        double total;

        Counter() {
        }

        /** Adds {@code amount} to this iteration's total. */
        public void add(double amount) {
            total += amount;
        }

        /** Adds one. */
        public void increment() {
            total += 1;
        }
    }
}
