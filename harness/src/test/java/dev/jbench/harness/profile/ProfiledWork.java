package dev.jbench.harness.profile;

import dev.jbench.harness.api.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/** Benchmarks whose profiles are known: where the CPU time goes, what is allocated, which lock is contended. */
@State(Scope.Benchmark)
public class ProfiledWork {

    long seed = 42;
    final ContendedMonitor monitor = new ContendedMonitor();

    /** All of its time is in {@link #knownHotMethod}, which is kept out of line so it is a frame of its own. */
    @Benchmark
    public long hotLoop() {
        return knownHotMethod(seed);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long knownHotMethod(long x) {
        for (int i = 0; i < 2_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    volatile boolean measuring;

    /** Tells {@link #phases} whether this iteration is warm-up or measured. */
    @Setup(Level.Iteration)
    public void iteration(IterationParams ip) {
        measuring = ip.getType() == IterationType.MEASUREMENT;
    }

    /** Burns CPU in a different method during warm-up and measured iterations: only the latter may be profiled. */
    @Benchmark
    public long phases() {
        return measuring ? measuredOnlyMethod(seed) : warmupOnlyMethod(seed);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long measuredOnlyMethod(long x) {
        return knownHotMethod(x);
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long warmupOnlyMethod(long x) {
        return knownHotMethod(x + 1);
    }

    /** Allocates one {@link AllocatedWidget} per operation, which escapes. */
    @Benchmark
    public AllocatedWidget allocateWidgets() {
        return new AllocatedWidget(seed++);
    }

    /** Two threads (with -cpu=2) take the same monitor and hold it a while: contention. */
    @Benchmark
    @Parallel
    public long contendedLock() {
        synchronized (monitor) {
            return knownHotMethod(monitor.value++);
        }
    }

    /** The allocated type the allocation profile must name. */
    public static final class AllocatedWidget {
        final long id;
        final long[] payload = new long[4];

        AllocatedWidget(long id) {
            this.id = id;
        }
    }

    /** The contended lock's class, which the lock profile must name. */
    public static final class ContendedMonitor {
        long value;
    }
}
