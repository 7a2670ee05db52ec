package dev.jbench.harness.run;

import dev.jbench.harness.alloc.AllocMetrics;
import dev.jbench.harness.api.ReportProfiler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Host side of an {@code iter} protocol line (see {@link StreamingFormat}).
 *
 * @param phase     {@code w}, {@code a} or {@code m}
 * @param index     1-based within the phase
 * @param ops       operations of all threads
 * @param nsPerOp   wall nanoseconds per operation
 * @param secondary secondary results by label: {unit, value}
 */
record IterationLine(String phase, int index, long ops, double nsPerOp, Map<String, Object[]> secondary) {


    static IterationLine parse(List<String> f) {
        Map<String, Object[]> sec = new LinkedHashMap<>();
        for (int i = 5; i + 2 < f.size(); i += 3) {
            sec.put(f.get(i), new Object[] {f.get(i + 1), Double.parseDouble(f.get(i + 2))});
        }
        return new IterationLine(f.get(1), Integer.parseInt(f.get(2)), Long.parseLong(f.get(3)),
                Double.parseDouble(f.get(4)), sec);
    }

    private double value(String label) {
        Object[] v = secondary.get(label);
        return v == null ? Double.NaN : (Double) v[1];
    }

    /**
     * The Go line of a measured iteration. B/op and allocs/op come from {@code AllocProfiler} (exact counts from the
     * last warm-up iteration, repeated on every measured one; or B/op alone from worker-thread counters).
     */
    Measurement toMeasurement(BenchCase c, int sample) {
        Map<String, Double> metrics = new TreeMap<>();
        secondary.forEach((label, v) -> {
            if (label.startsWith(ReportProfiler.METRIC_PREFIX)) {
                metrics.put(label.substring(ReportProfiler.METRIC_PREFIX.length()), (Double) v[1]);
            }
        });
        return new Measurement(c, sample, ops, nsPerOp, value(ReportProfiler.BYTES_LABEL),
                value(AllocMetrics.BYTES_PER_OP), value(AllocMetrics.ALLOCS_PER_OP), metrics);
    }

    /** For {@code -v}. */
    String describe() {
        String p = phase.equals("w") ? "warm-up" : phase.equals("a") ? "alloc-count" : "measured";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %d: %d ops, %.4g ns/op", p, index, ops,
                nsPerOp));
        secondary.forEach((k, v) -> sb.append(String.format(Locale.ROOT, ", %s %.6g %s", k, (Double) v[1], v[0])));
        return sb.toString();
    }
}
