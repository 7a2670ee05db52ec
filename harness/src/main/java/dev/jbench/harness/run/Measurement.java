package dev.jbench.harness.run;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured iteration, i.e. one Go result line.
 *
 * @param benchCase  what was measured
 * @param sample     1-based sample number of this case
 * @param n          operations (Go's b.N; all threads)
 * @param nsPerOp    wall-clock nanoseconds per operation
 * @param setBytes   bytes processed per operation ({@code Report.setBytes}), or NaN when not set
 * @param bytesPerOp bytes allocated per operation, or NaN when not measured
 * @param allocsPerOp allocations per operation, or NaN when not counted
 * @param metrics    custom per-operation metrics by unit ({@code Report.reportMetric}/{@code counter}), sorted
 */
public record Measurement(BenchCase benchCase, int sample, long n, double nsPerOp, double setBytes,
                          double bytesPerOp, double allocsPerOp, Map<String, Double> metrics) {

    public Measurement {
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    }
}
