package dev.jbench.harness.alloc;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * JMH profiler behind {@code -benchmem}: exact allocs/op and B/op, counted in the last warm-up iteration.
 *
 * <p>Per benchmark in a fork, with W warm-up iterations (W ≥ 2; give it W ≥ 3 so that one runs at full speed):
 * <ol>
 *   <li>before warm-up 1, while JMH has not yet created its worker threads: heap sampling interval 0, event off
 *       (free), so that the workers are born sampling every allocation;</li>
 *   <li>warm-up W−1: switch the native counter on, then {@code System.gc()} so that every thread's next allocation
 *       refills its TLAB and is sampled. This iteration absorbs any remaining transient and is not used;</li>
 *   <li>warm-up W: count. Its {@code IterationResult} carries {@link AllocMetrics#ALLOCS_PER_OP} and
 *       {@link AllocMetrics#BYTES_PER_OP}; then switch the counter off;</li>
 *   <li>every measured iteration: counter off, so timings are untouched; its result carries the same two values
 *       again, so that each Go line of the fork can print them.</li>
 * </ol>
 * Counts are the allocations of JMH worker threads made inside the timed loop, divided by the iteration's
 * measured operations: exact even for {@code -benchtime=10x}.
 *
 * <p>When the counter is unavailable (see {@link NativeAllocCounter#unavailableReason()}) or W &lt; 2, measured
 * iterations carry only {@link AllocMetrics#BYTES_PER_OP}, from the worker threads' allocated-bytes counters over
 * all operations of the iteration (see {@link WorkerAllocatedBytes} for its small bias). This class prints nothing:
 * saying once that allocs/op is missing is the host's job.
 */
public final class AllocProfiler implements InternalProfiler {

    /** Warm-up iterations the counter needs at the end of the warm-up: one to switch on, one to count. */
    public static final int ITERATIONS = 2;

    private NativeAllocCounter counter;
    private boolean loadTried;
    private boolean enabled;
    private int warmupIndex;
    private AllocCounts countingStart;
    private double[] counted;

    private final WorkerAllocatedBytes workerBytes = WorkerAllocatedBytes.create();
    private Map<Long, Long> workerBytesStart;

    /** Created by JMH, in the host (unused there) and in every fork. */
    public AllocProfiler() {
    }

    @Override
    public String getDescription() {
        return "jbench -benchmem: exact allocs/op and B/op (JVMTI, counted in the last warm-up iteration)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        boolean warmup = iterationParams.getType() == IterationType.WARMUP;
        int warmups = iterationParams.getCount();
        if (warmup) {
            warmupIndex++;
        }
        boolean wantCounter = warmup && warmups >= 2 && warmupIndex >= warmups - 1 && loadCounter();
        if (warmup && warmupIndex == 1 && !wantCounter && warmups >= 2 && loadCounter()) {
            prepare();
        }
        setEnabled(wantCounter);
        countingStart = enabled && warmupIndex == warmups ? counter.snapshot() : null;
        workerBytesStart = !warmup && workerBytes != null ? workerBytes.snapshot() : null;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        if (iterationParams.getType() == IterationType.WARMUP) {
            return countingStart == null ? List.of() : finishCounting(result);
        }
        if (counted != null) {
            return results(counted[0], counted[1]);
        }
        long ops = result.getMetadata().getAllOps();
        if (workerBytesStart == null || ops <= 0) {
            return List.of();
        }
        double bytes = (double) workerBytes.since(workerBytesStart) / ops;
        return List.of(new ScalarResult(AllocMetrics.BYTES_PER_OP, bytes, AllocMetrics.BYTES_UNIT, AggregationPolicy.AVG));
    }

    private Collection<? extends Result> finishCounting(IterationResult result) {
        AllocCounts counts = counter.snapshot().minus(countingStart);
        countingStart = null;
        setEnabled(false);
        long ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0 || counts.stackWalkFailures() != 0) {
            return List.of();
        }
        counted = new double[] {(double) counts.measuredAllocs() / ops, (double) counts.measuredBytes() / ops};
        return results(counted[0], counted[1]);
    }

    private static List<Result> results(double allocsPerOp, double bytesPerOp) {
        return List.of(
                new ScalarResult(AllocMetrics.ALLOCS_PER_OP, allocsPerOp, AllocMetrics.ALLOCS_UNIT, AggregationPolicy.AVG),
                new ScalarResult(AllocMetrics.BYTES_PER_OP, bytesPerOp, AllocMetrics.BYTES_UNIT, AggregationPolicy.AVG));
    }

    private boolean loadCounter() {
        if (!loadTried) {
            loadTried = true;
            try {
                counter = NativeAllocCounter.load();
            } catch (AllocCountingUnavailableException e) {
                counter = null; // the host reports this once; measured iterations fall back to B/op only
            }
        }
        return counter != null;
    }

    /** Before the first iteration, i.e. before JMH creates its worker threads: see {@link NativeAllocCounter#prepare()}. */
    private void prepare() {
        try {
            counter.prepare();
        } catch (AllocCountingUnavailableException e) {
            counter = null;
        }
    }

    private void setEnabled(boolean on) {
        if (on == enabled || counter == null) {
            return;
        }
        try {
            if (on) {
                counter.enable();
                // A thread samples again only at its next TLAB refill (or after using up a previously drawn
                // sampling distance). A GC retires every TLAB, so each worker's next allocation is sampled
                // and counting is exact from there, even when an iteration allocates only a few objects.
                System.gc();
            } else {
                counter.disable();
            }
            enabled = on;
        } catch (AllocCountingUnavailableException e) {
            // A JVMTI call failed: stop counting in this fork rather than report a wrong number.
            counter = null;
            enabled = false;
            countingStart = null;
        }
    }
}
