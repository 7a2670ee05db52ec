package dev.jbench.harness.profile;

/**
 * The pprof profiles jbench writes, one per Go flag. Each is built from async-profiler's events of the measured
 * iterations. Sample types follow Go's runtime/pprof so that pprof's usual options ({@code -sample_index}) work.
 */
public enum ProfileKind {
    /** {@code -cpuprofile}: {@code samples/count} and {@code cpu/nanoseconds} (async-profiler's cpu event). */
    CPU("cpuprofile", "cpu"),
    /** {@code -memprofile}: {@code alloc_objects/count} and {@code alloc_space/bytes}, unsampled estimates. */
    MEM("memprofile", "alloc"),
    /** {@code -blockprofile}: {@code contentions/count} and {@code delay/nanoseconds} of blocked lock acquisitions. */
    BLOCK("blockprofile", "lock"),
    /** {@code -mutexprofile}: same events and types as BLOCK (the JVM has one notion of lock contention). */
    MUTEX("mutexprofile", "lock");

    private final String flag;
    private final String event;

    ProfileKind(String flag, String event) {
        this.flag = flag;
        this.event = event;
    }

    /** The flag's name without the dash. */
    public String flag() {
        return flag;
    }

    /** The async-profiler event the profile is built from: cpu, alloc or lock. */
    public String event() {
        return event;
    }
}
