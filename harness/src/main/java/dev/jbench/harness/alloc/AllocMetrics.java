package dev.jbench.harness.alloc;

import java.util.OptionalLong;

import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * The names and units under which {@link AllocProfiler} reports, and how the host reads them back from an
 * {@link IterationResult} (JMH delivers the secondary results of every iteration, warm-up included, to the host's
 * {@code OutputFormat}).
 */
public final class AllocMetrics {

    /** Secondary-result label of allocations per operation; unit {@value #ALLOCS_UNIT}. */
    public static final String ALLOCS_PER_OP = "jbench.alloc.count";
    /**
     * Secondary-result label of bytes allocated per operation; unit {@value #BYTES_UNIT}. Not to be confused with
     * the bytes an operation processes ({@code Report.setBytes}, Go's {@code b.SetBytes}), which give MB/s.
     */
    public static final String BYTES_PER_OP = "jbench.alloc.bytes";
    /** Go's unit for allocations per operation. */
    public static final String ALLOCS_UNIT = "allocs/op";
    /** Go's unit for bytes allocated per operation. */
    public static final String BYTES_UNIT = "B/op";

    private AllocMetrics() {
    }

    /**
     * allocs/op of an iteration as Go prints it: the exact per-op count truncated to an integer (Go's
     * {@code testing} truncates too). Empty when the iteration carries no count (counter unavailable, fewer than two
     * warm-up iterations, or a warm-up iteration that did not count).
     */
    public static OptionalLong allocsPerOp(IterationResult iteration) {
        return truncated(iteration, ALLOCS_PER_OP);
    }

    /** B/op of an iteration as Go prints it (truncated to an integer); empty when not measured. */
    public static OptionalLong bytesPerOp(IterationResult iteration) {
        return truncated(iteration, BYTES_PER_OP);
    }

    /**
     * {@code total / ops} as an integer the way Go computes it ({@code int64} division truncates). A small
     * tolerance absorbs floating-point representation error of values that are integers in truth.
     */
    static long truncate(double perOp) {
        return (long) Math.floor(perOp + 1e-9);
    }

    private static OptionalLong truncated(IterationResult iteration, String label) {
        Result<?> r = iteration.getSecondaryResults().get(label);
        if (r == null || Double.isNaN(r.getScore())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(truncate(r.getScore()));
    }
}
