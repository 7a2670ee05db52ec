package dev.jbench.harness.profile;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import one.profiler.AsyncProfiler;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * Fork side of jbench's profiles: a JMH profiler that records the measured iterations only. It starts
 * async-profiler (and, for {@code -trace}, a JDK Flight Recorder recording) just before the first measured
 * iteration and stops both right after the last one, so warm-up and the allocation-counting iterations (which
 * belong to warm-up, see {@code dev.jbench.harness.alloc.AllocProfiler}) are never in a profile, and the heap
 * sampling interval that async-profiler's allocation profiling sets is never shared with the allocation counter.
 *
 * <p>async-profiler is loaded through {@link AsyncProfiler#getInstance()}, which extracts the native library from
 * its Maven jar: no library path (JMH's own {@code -prof async} needs one). The options string comes from the host
 * ({@link #options}); its values are URL-encoded, fields separated by {@code ;}.
 */
public final class MeasuredIterationProfiler implements InternalProfiler {

    private final String start;
    private final Path trace;
    private int measured;
    private boolean running;
    private Recording recording;

    /** Created by JMH with the host's options string. */
    public MeasuredIterationProfiler(String options) {
        Map<String, String> o = parse(options);
        this.start = o.get("ap");
        this.trace = o.containsKey("trace") ? Path.of(o.get("trace")) : null;
    }

    /** JMH also wants a no-argument constructor for listing; such an instance records nothing. */
    public MeasuredIterationProfiler() {
        this("");
    }

    /**
     * The options string for a fork.
     *
     * @param asyncProfilerStart async-profiler's full start command ({@code start,event=cpu,...,file=x.jfr}), or null
     * @param trace              where to dump the JFR recording, or null
     */
    public static String options(String asyncProfilerStart, Path trace) {
        StringBuilder sb = new StringBuilder();
        if (asyncProfilerStart != null) {
            sb.append("ap=").append(URLEncoder.encode(asyncProfilerStart, StandardCharsets.UTF_8));
        }
        if (trace != null) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append("trace=").append(URLEncoder.encode(trace.toString(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static Map<String, String> parse(String options) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : options.split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @Override
    public String getDescription() {
        return "jbench profiles: async-profiler and JFR over the measured iterations only";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (iterationParams.getType() != IterationType.MEASUREMENT || measured > 0 || running) {
            return;
        }
        running = true;
        if (trace != null) {
            try {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.setName("jbench " + benchmarkParams.getBenchmark());
                recording.start();
            } catch (Exception | LinkageError e) {
                warn("-trace: cannot start a JFR recording: " + e);
                recording = null;
            }
        }
        if (start != null) {
            try {
                AsyncProfiler.getInstance().execute(start);
            } catch (Exception | LinkageError e) {
                warn("profiles: async-profiler did not start (" + start + "): " + e.getMessage());
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        if (iterationParams.getType() != IterationType.MEASUREMENT || !running) {
            return List.of();
        }
        measured++;
        if (measured < iterationParams.getCount()) {
            return List.of();
        }
        running = false;
        if (start != null) {
            try {
                AsyncProfiler.getInstance().execute("stop");
            } catch (Exception | LinkageError e) {
                warn("profiles: async-profiler did not stop cleanly: " + e.getMessage());
            }
        }
        if (recording != null) {
            try {
                recording.stop();
                recording.dump(trace);
            } catch (Exception e) {
                warn("-trace: cannot write the JFR recording " + trace + ": " + e.getMessage());
            } finally {
                recording.close();
                recording = null;
            }
        }
        return List.of();
    }

    private static void warn(String message) {
        System.err.println("jbench: " + message);
        System.err.flush();
    }
}
