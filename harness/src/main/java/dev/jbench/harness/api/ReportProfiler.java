package dev.jbench.harness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Turns what benchmarks told their {@link Report} during an iteration into JMH secondary results, so they travel
 * with the iteration (also under plain JMH: {@code -prof dev.jbench.harness.api.ReportProfiler}).
 *
 * <p>Result labels (the contract jbench reads): {@value #BYTES_LABEL} with the bytes per operation, and
 * {@value #METRIC_PREFIX}{@code <unit>} with the per-operation value in {@code <unit>}.
 */
public final class ReportProfiler implements InternalProfiler {

    /** Label of the bytes-per-operation result (Go's {@code b.SetBytes}). */
    public static final String BYTES_LABEL = "jbench.bytes";
    /** Prefix of custom metric labels; the unit follows. */
    public static final String METRIC_PREFIX = "jbench.metric:";

    private BenchmarkParams current;

    @Override
    public String getDescription() {
        return "jbench: bytes per op (MB/s) and custom per-op metrics from dev.jbench.harness.api.Report";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (benchmarkParams != current) {
            // A new benchmark in this JVM: states of the previous one are dead, forget them.
            Report.LIVE.clear();
            current = benchmarkParams;
        }
        for (Report r : Report.LIVE) {
            r.reset();
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        List<Result> out = new ArrayList<>();
        double bytesSum = 0;
        int bytesSet = 0;
        Map<String, double[]> set = new TreeMap<>();    // unit -> {sum, n}
        Map<String, Double> counted = new TreeMap<>();  // unit -> total
        for (Report r : Report.LIVE) {
            if (r.bytesPerOp >= 0) {
                bytesSum += r.bytesPerOp;
                bytesSet++;
            }
            r.metrics.forEach((unit, holder) -> {
                if (!Double.isNaN(holder[0])) {
                    double[] acc = set.computeIfAbsent(unit, u -> new double[2]);
                    acc[0] += holder[0];
                    acc[1]++;
                }
            });
            r.counters.forEach((unit, c) -> counted.merge(unit, c.total, Double::sum));
        }
        if (bytesSet > 0) {
            out.add(new ScalarResult(BYTES_LABEL, bytesSum / bytesSet, "B/op", AggregationPolicy.AVG));
        }
        if (ops > 0) {
            counted.forEach((unit, total) -> out.add(
                    new ScalarResult(METRIC_PREFIX + unit, total / ops, unit, AggregationPolicy.AVG)));
        }
        // Set values win over counters of the same unit: they are the benchmark's explicit statement.
        set.forEach((unit, acc) -> {
            out.removeIf(x -> x.getLabel().equals(METRIC_PREFIX + unit));
            out.add(new ScalarResult(METRIC_PREFIX + unit, acc[0] / acc[1], unit, AggregationPolicy.AVG));
        });
        return out;
    }
}
