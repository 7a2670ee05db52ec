package dev.jbench.harness.alloc;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by the JMH worker threads, read from HotSpot's per-thread allocation counters
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}). Free to read, so usable around measured
 * iterations; the fallback for B/op when the native counter is unavailable.
 *
 * <p>It includes JMH's own per-iteration objects on the worker thread (about 550 B per iteration), so
 * {@code bytes / allOps} is exact after truncation only when an iteration runs many operations (time-based
 * runs); for {@code -benchtime=10x} it overstates B/op by about 55. The native counter has no such error.
 */
final class WorkerAllocatedBytes {

    private static final String WORKER_NAME = "jmh-worker"; // JMH names them "<benchmark>-jmh-worker-<n>"

    private final com.sun.management.ThreadMXBean threads;

    private WorkerAllocatedBytes(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
    }

    /** The reader, or null when this JVM cannot measure per-thread allocation. */
    static WorkerAllocatedBytes create() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            if (!bean.isThreadAllocatedMemoryEnabled()) {
                bean.setThreadAllocatedMemoryEnabled(true);
            }
            return new WorkerAllocatedBytes(bean);
        }
        return null;
    }

    /** Allocated bytes so far, per live worker thread id. */
    Map<Long, Long> snapshot() {
        Map<Long, Long> bytes = new HashMap<>();
        for (Thread t : liveThreads()) {
            if (t.getName().contains(WORKER_NAME)) {
                long b = threads.getThreadAllocatedBytes(t.getId());
                if (b >= 0) {
                    bytes.put(t.getId(), b);
                }
            }
        }
        return bytes;
    }

    /** Bytes the workers allocated since {@code before}; a worker born since then counts from zero. */
    long since(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> e : snapshot().entrySet()) {
            total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return total;
    }

    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 16];
        int n;
        while ((n = root.enumerate(all, true)) == all.length) {
            all = new Thread[all.length * 2];
        }
        Thread[] live = new Thread[n];
        System.arraycopy(all, 0, live, 0, n);
        return live;
    }
}
