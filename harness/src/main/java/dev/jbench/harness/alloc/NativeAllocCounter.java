package dev.jbench.harness.alloc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The JVMTI allocation counter ({@code src/main/native/jbenchalloc.c}), built by Maven with gcc into this jar as
 * the resource {@value #RESOURCE}, extracted to a temporary file and loaded with {@link System#load}.
 *
 * <p>One instance per JVM. Loading happens at most once; a failure is remembered and reported by every later call,
 * so that asking twice costs nothing.
 */
public final class NativeAllocCounter {

    /**
     * System property that switches the counter off ({@code -Djbench.allocs.disable=true} in the fork's JVM
     * arguments): an escape hatch if the native counter misbehaves, and how tests exercise the B/op-only path.
     */
    public static final String DISABLE_PROPERTY = "jbench.allocs.disable";

    /** Where the build puts the library inside the harness jar. */
    public static final String RESOURCE = "/dev/jbench/harness/alloc/libjbenchalloc.so";

    private static final Object LOCK = new Object();
    private static NativeAllocCounter instance;
    private static AllocCountingUnavailableException failure;

    private NativeAllocCounter() {
    }

    /**
     * Loads and initialises the counter (once per JVM).
     *
     * @return the counter, switched off
     * @throws AllocCountingUnavailableException when the library is missing from the jar, cannot be loaded on this
     *                                           platform, or the JVM refuses the JVMTI capability
     */
    public static NativeAllocCounter load() throws AllocCountingUnavailableException {
        synchronized (LOCK) {
            if (instance != null) {
                return instance;
            }
            if (failure == null) {
                try {
                    loadLibrary();
                    instance = new NativeAllocCounter();
                    return instance;
                } catch (AllocCountingUnavailableException e) {
                    failure = e;
                }
            }
            throw failure;
        }
    }

    /**
     * Why exact allocs/op cannot be counted in this JVM, or empty when it can. Cheap after the first call.
     * The host calls this once before running benchmarks, prints the reason once, and runs without allocs/op.
     * The reason is one line that says what failed and what to do, without a prefix such as
     * "allocs/op unavailable:", which the caller adds.
     */
    public static Optional<String> unavailableReason() {
        try {
            load();
            return Optional.empty();
        } catch (AllocCountingUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Prepares for exact counting at no cost: sets HotSpot's heap sampling interval to 0 without enabling the
     * event. Threads created from now on (the JMH workers, if called before the first iteration) will sample their
     * very first allocation once {@link #enable()} is called; threads created before would first use up a sampling
     * distance drawn from the old interval (~512 KiB), which a short iteration may never do.
     */
    public void prepare() throws AllocCountingUnavailableException {
        check(interval0(0), "prepare");
    }

    /**
     * Starts reporting every allocation: sampling interval 0 and the SampledObjectAlloc event on. Costs several
     * hundred ns to a few µs per allocation until {@link #disable()}.
     */
    public void enable() throws AllocCountingUnavailableException {
        check(interval0(0), "enable");
        check(event0(true), "enable");
    }

    /** Stops reporting allocations and restores HotSpot's default sampling interval (512 KiB). */
    public void disable() throws AllocCountingUnavailableException {
        check(event0(false), "disable");
        check(interval0(-1), "disable");
    }

    /** The counters' current values; subtract two snapshots with {@link AllocCounts#minus}. */
    public AllocCounts snapshot() {
        long[] v = new long[5];
        snapshot0(v);
        return new AllocCounts(v[0], v[1], v[2], v[3], v[4]);
    }

    private static void check(String error, String what) throws AllocCountingUnavailableException {
        if (error != null) {
            throw new AllocCountingUnavailableException("allocs/op counter: " + what + ": " + error);
        }
    }

    private static void loadLibrary() throws AllocCountingUnavailableException {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            throw new AllocCountingUnavailableException("switched off by -D" + DISABLE_PROPERTY);
        }
        extractAndLoad(RESOURCE);
        String error;
        try {
            error = init0();
        } catch (UnsatisfiedLinkError e) {
            throw new AllocCountingUnavailableException("the native counter is out of date ("
                    + e.getMessage() + "); rebuild jbench", e);
        }
        if (error != null) {
            throw new AllocCountingUnavailableException("the JVM refused the native counter: " + error);
        }
    }

    /** Copies the library {@code resource} out of the jar and loads it; package-private for tests. */
    static void extractAndLoad(String resource) throws AllocCountingUnavailableException {
        Path file;
        try (InputStream in = NativeAllocCounter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AllocCountingUnavailableException("the native counter was not built (jbench's build compiles"
                        + " it with gcc and the JDK's headers, on Linux or macOS); install gcc, run 'mvn -q clean'"
                        + " and run jbench again");
            }
            file = Files.createTempFile("jbenchalloc", ".so");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AllocCountingUnavailableException("cannot extract the native counter to "
                    + "the temporary directory (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable directory", e);
        }
        try {
            System.load(file.toAbsolutePath().toString());
        } catch (UnsatisfiedLinkError | SecurityException e) {
            throw new AllocCountingUnavailableException("cannot load the native counter built "
                    + "for another platform or JVM (" + e.getMessage() + "); rebuild jbench on this machine", e);
        } finally {
            try {
                Files.deleteIfExists(file); // the mapping stays valid after unlinking
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static native String init0();

    private static native String interval0(int bytes);

    private static native String event0(boolean on);

    private static native void snapshot0(long[] out);
}
