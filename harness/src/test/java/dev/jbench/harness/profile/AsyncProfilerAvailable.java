package dev.jbench.harness.profile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** For tests that need async-profiler's native library: they run where it loads and say why they skip elsewhere. */
public final class AsyncProfilerAvailable {

    private AsyncProfilerAvailable() {
    }

    /** Skips the calling test, with the reason, where the library cannot load (another OS or libc). */
    public static void assume() {
        String why = null;
        try {
            CpuEngine.probe();
        } catch (ProfilerUnavailableException e) {
            why = e.getMessage();
        }
        assumeTrue(why == null, "async-profiler cannot run here: " + why);
    }
}
