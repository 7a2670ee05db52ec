package dev.jbench.harness.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import one.jfr.ClassRef;
import one.jfr.JfrReader;
import one.jfr.MethodRef;
import one.jfr.StackTrace;
import one.jfr.event.AllocationSample;
import one.jfr.event.ContendedLock;
import one.jfr.event.Event;
import one.jfr.event.ExecutionSample;

/**
 * Builds pprof {@link Profile}s from async-profiler's JFR output with jfr-converter's reader ({@code one.jfr}).
 *
 * <p>Why not {@code one.convert.JfrToPprof}: it writes one sample type per file and, for allocations, either the
 * number of <em>samples</em> or sampled bytes. Go's profiles carry two types each (objects and bytes; contentions
 * and delay), and an allocation sample taken every ~512 KiB stands for {@code weight / size} objects, which only
 * the individual events tell. So we read the events and aggregate by stack ourselves (the same reading
 * {@code JfrToPprof} does: dotted class names, line numbers, the allocated or contended class as the leaf frame).
 *
 * <p>A file may hold several chunks (one per measured fork, concatenated): identifiers are per chunk, so names are
 * resolved chunk by chunk, and the profile's duration is the sum of the chunks' durations.
 */
public final class JfrProfiles {

    private static final byte TYPE_NATIVE = 3;
    private static final byte TYPE_CPP = 4;
    private static final byte TYPE_KERNEL = 5;

    private JfrProfiles() {
    }

    /**
     * The profile of {@code kind} in {@code jfr}.
     *
     * @param cpuIntervalNanos the CPU sampling interval (for {@code cpu/nanoseconds}; period of CPU profiles)
     * @param name             shown by pprof as {@code File:} (its base name); jbench gives the file stem
     */
    public static Profile read(Path jfr, ProfileKind kind, long cpuIntervalNanos, String name) throws IOException {
        Map<List<Profile.Frame>, long[]> byStack = new LinkedHashMap<>();
        long start = 0;
        long duration = 0;
        try (JfrReader r = new JfrReader(jfr.toString())) {
            r.stopAtNewChunk = true;
            start = r.startNanos;
            while (r.hasMoreChunks()) {
                duration += Math.max(0, r.chunkEndNanos - r.chunkStartNanos);
                Names names = new Names(r);
                double nanosPerTick = 1e9 / r.ticksPerSec;
                Class<? extends Event> type = switch (kind) {
                    case CPU -> ExecutionSample.class;
                    case MEM -> AllocationSample.class;
                    case BLOCK, MUTEX -> ContendedLock.class;
                };
                for (Event e; (e = r.readEvent(type)) != null; ) {
                    List<Profile.Frame> stack = new ArrayList<>();
                    long[] v = new long[2];
                    switch (kind) {
                        case CPU -> {
                            v[0] = e.samples();
                            v[1] = e.samples() * cpuIntervalNanos;
                        }
                        case MEM -> {
                            AllocationSample a = (AllocationSample) e;
                            long weight = a.value();     // bytes this sample stands for (≥ its own size)
                            v[0] = a.allocationSize > 0 ? Math.max(1, Math.round((double) weight / a.allocationSize)) : 1;
                            v[1] = weight;
                            stack.add(new Profile.Frame(names.className(a.classId), 0));
                        }
                        case BLOCK, MUTEX -> {
                            ContendedLock l = (ContendedLock) e;
                            v[0] = 1;
                            v[1] = Math.round(l.duration * nanosPerTick);
                            stack.add(new Profile.Frame(names.className(l.classId), 0));
                        }
                    }
                    names.appendStack(e.stackTraceId, stack);
                    long[] acc = byStack.computeIfAbsent(stack, k -> new long[2]);
                    acc[0] += v[0];
                    acc[1] += v[1];
                }
            }
        }
        List<Profile.Sample> samples = new ArrayList<>(byStack.size());
        byStack.forEach((stack, v) -> samples.add(new Profile.Sample(stack, v)));
        return switch (kind) {
            case CPU -> new Profile(List.of(new Profile.ValueType("samples", "count"),
                    new Profile.ValueType("cpu", "nanoseconds")), samples,
                    new Profile.ValueType("cpu", "nanoseconds"), cpuIntervalNanos, start, duration, 1, name);
            case MEM -> new Profile(List.of(new Profile.ValueType("alloc_objects", "count"),
                    new Profile.ValueType("alloc_space", "bytes")), samples,
                    new Profile.ValueType("space", "bytes"), 0, start, duration, 1, name);
            case BLOCK, MUTEX -> new Profile(List.of(new Profile.ValueType("contentions", "count"),
                    new Profile.ValueType("delay", "nanoseconds")), samples,
                    new Profile.ValueType("contentions", "count"), 1, start, duration, 1, name);
        };
    }

    /** Name resolution within one chunk, cached (stacks share most frames). */
    private static final class Names {
        private final JfrReader r;
        private final Map<Long, String> methods = new HashMap<>();
        private final Map<Long, String> classes = new HashMap<>();

        Names(JfrReader r) {
            this.r = r;
        }

        void appendStack(int stackTraceId, List<Profile.Frame> into) {
            StackTrace st = r.stackTraces.get(stackTraceId);
            if (st == null) {
                return;
            }
            for (int i = 0; i < st.methods.length; i++) {
                into.add(new Profile.Frame(method(st.methods[i], st.types[i]), st.locations[i] >>> 16));
            }
        }

        String method(long id, byte type) {
            long key = id * 8 + (type == TYPE_KERNEL ? 1 : type == TYPE_CPP || type == TYPE_NATIVE ? 2 : 0);
            return methods.computeIfAbsent(key, k -> resolve(id, type));
        }

        private String resolve(long id, byte type) {
            MethodRef m = r.methods.get(id);
            if (m == null) {
                return "unknown";
            }
            String name = symbol(m.name);
            ClassRef c = r.classes.get(m.cls);
            String cls = c == null ? "" : symbol(c.name);
            if (type == TYPE_KERNEL) {
                return name + "_[k]";
            }
            // async-profiler writes C/C++ frames with an empty class; Java native methods keep theirs.
            if (cls.isEmpty() || type == TYPE_CPP) {
                return name;
            }
            return cls.replace('/', '.') + "." + name;
        }

        String className(long id) {
            return classes.computeIfAbsent(id, k -> {
                ClassRef c = r.classes.get(id);
                if (c == null) {
                    return "unknown";
                }
                return javaTypeName(symbol(c.name));
            });
        }

        private String symbol(long id) {
            byte[] b = r.symbols.get(id);
            return b == null ? "" : new String(b, StandardCharsets.UTF_8);
        }
    }

    /** {@code [I} → {@code int[]}, {@code [Ljava/lang/String;} → {@code java.lang.String[]}, {@code a/B} → {@code a.B}. */
    static String javaTypeName(String internal) {
        int dims = 0;
        while (dims < internal.length() && internal.charAt(dims) == '[') {
            dims++;
        }
        String base = internal.substring(dims);
        if (dims > 0) {
            base = switch (base) {
                case "B" -> "byte";
                case "C" -> "char";
                case "S" -> "short";
                case "I" -> "int";
                case "J" -> "long";
                case "Z" -> "boolean";
                case "F" -> "float";
                case "D" -> "double";
                default -> base.startsWith("L") && base.endsWith(";") ? base.substring(1, base.length() - 1) : base;
            };
        }
        return base.replace('/', '.') + "[]".repeat(dims);
    }
}
