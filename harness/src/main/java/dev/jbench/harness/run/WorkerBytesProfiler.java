package dev.jbench.harness.run;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * B/op from the bytes the benchmark's worker threads allocated during the iteration
 * ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}), divided by all operations of the iteration
 * (JMH's {@code allOps}, which includes the synchronisation ops around the timed loop that also allocate).
 *
 * <p>Why the worker threads only: JMH's global counter also sees the runner thread and the profilers; the worker
 * figure is exact up to JMH's own per-iteration bookkeeping on the worker (a few hundred bytes per iteration,
 * invisible at time-based N, ≲ 1 B/op at {@code -benchtime=1000x}). The counter is always on in HotSpot, so this
 * costs nothing during the measured iteration.
 */
public final class WorkerBytesProfiler implements InternalProfiler {

    /** Label of the result: worker-thread bytes allocated per operation. */
    public static final String LABEL = "jbench.workerBytes";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "jbench: bytes allocated by JMH worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = snapshot();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        long bytes = 0;
        for (Map.Entry<Long, Long> e : snapshot().entrySet()) {
            bytes += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return List.of(new ScalarResult(LABEL, (double) bytes / ops, "B/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> snapshot() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        Map<Long, Long> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (all[i].getName().contains("jmh-worker")) {
                long b = threads.getThreadAllocatedBytes(all[i].getId());
                if (b >= 0) {
                    m.put(all[i].getId(), b);
                }
            }
        }
        return m;
    }
}
