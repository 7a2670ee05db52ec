package dev.jbench.harness.profile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which profiles a run writes, and where. Each path is the user's flag value resolved against {@code -outputdir}
 * (as Go does); every benchmark writes its own file next to it, named {@code <benchmark>.<file name>} (see
 * {@link ProfileFiles}).
 *
 * @param profiles         requested pprof profiles and their flag paths
 * @param trace            {@code -trace} path, or {@code null}
 * @param memProfileRate   bytes between allocation samples, ≥ 1 (Go's MemProfileRate; default 512 KiB)
 * @param cpuIntervalNanos CPU sampling interval, > 0 (10 ms = Go's 100 Hz)
 */
public record ProfileRequest(Map<ProfileKind, Path> profiles, Path trace, long memProfileRate, long cpuIntervalNanos) {

    /** Go's default MemProfileRate. */
    public static final long DEFAULT_MEM_PROFILE_RATE = 512 * 1024;

    /** Go's CPU profiling rate, 100 Hz. */
    public static final long DEFAULT_CPU_INTERVAL_NANOS = 10_000_000L;

    /** No profiles. */
    public static final ProfileRequest NONE = new ProfileRequest(Map.of(), null, DEFAULT_MEM_PROFILE_RATE,
            DEFAULT_CPU_INTERVAL_NANOS);

    public ProfileRequest {
        EnumMap<ProfileKind, Path> m = new EnumMap<>(ProfileKind.class);
        m.putAll(profiles);
        profiles = Collections.unmodifiableMap(m);
        if (!(memProfileRate >= 1)) {
            throw new IllegalArgumentException("-memprofilerate: must be at least 1 (bytes between samples), got "
                    + memProfileRate);
        }
        if (!(cpuIntervalNanos > 0)) {
            throw new IllegalArgumentException("CPU profiling interval must be positive");
        }
    }

    /** True when any profile or a trace is requested. */
    public boolean any() {
        return !profiles.isEmpty() || trace != null;
    }

    /** True when async-profiler is needed (a pprof profile; a trace alone uses the JDK's own recorder). */
    public boolean needsAsyncProfiler() {
        return !profiles.isEmpty();
    }
}
