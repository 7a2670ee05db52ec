package dev.jbench.harness.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import one.profiler.AsyncProfiler;

/**
 * Which async-profiler CPU engine the forks use, decided once per run in the host.
 *
 * <p>async-profiler's {@code cpu} event uses perf_events when the kernel allows it and otherwise falls back to
 * {@code ctimer} without a word. We want the user told, once: so the host loads the library (it self-extracts from
 * the Maven jar) and starts the perf-based {@code cpu-clock} event for a moment. If that fails, forks use
 * {@code ctimer} (per-thread CPU-time timers: Java and native frames, no kernel frames) and {@link #note()} says so.
 *
 * @param event the event name to give async-profiler ({@code cpu} or {@code ctimer})
 * @param note  what to tell the user once, when it is not the default engine
 */
public record CpuEngine(String event, Optional<String> note) {

    /**
     * Host JVM system property that skips the perf-events probe and uses the fallback engine, with the same note:
     * for machines where perf events work but the fallback path must be exercised (tests, comparisons).
     */
    public static final String FORCE_CTIMER = "jbench.forceCtimer";

    /** Probes the library and perf events; throws when the native library cannot load (another OS, musl, ...). */
    public static CpuEngine probe() throws ProfilerUnavailableException {
        AsyncProfiler ap;
        try {
            ap = AsyncProfiler.getInstance();
        } catch (Throwable t) { // UnsatisfiedLinkError, IllegalStateException, SecurityException...
            throw new ProfilerUnavailableException("async-profiler's native library cannot load on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + " (" + t.getMessage()
                    + "); it ships for Linux x64/arm64 and macOS. Running without profiles.", t);
        }
        if (Boolean.getBoolean(FORCE_CTIMER)) {
            return fallback(" (-D" + FORCE_CTIMER + "=true)");
        }
        try {
            ap.execute("start,event=cpu-clock,interval=" + ProfileRequest.DEFAULT_CPU_INTERVAL_NANOS);
            ap.execute("stop");
            return new CpuEngine("cpu", Optional.empty());
        } catch (Exception e) {
            try {
                ap.execute("stop");
            } catch (Exception ignored) {
                // not running
            }
            return fallback(paranoid());
        }
    }

    private static CpuEngine fallback(String why) {
        return new CpuEngine("ctimer", Optional.of("perf events are not permitted here" + why
                + ", so CPU profiles use async-profiler's ctimer engine (CPU-time timers: Java and native frames, "
                + "no kernel frames). To allow perf events: sysctl kernel.perf_event_paranoid=1"));
    }

    private static String paranoid() {
        try {
            return " (kernel.perf_event_paranoid = "
                    + Files.readString(Path.of("/proc/sys/kernel/perf_event_paranoid")).strip() + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return event.toLowerCase(Locale.ROOT);
    }
}
