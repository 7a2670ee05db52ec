package dev.jbench.harness.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Encodes a {@link Profile} as gzipped pprof protobuf, the format {@code go tool pprof} and the pprof web UI open
 * (field numbers from github.com/google/pprof/proto/profile.proto). Functions and locations are deduplicated; one
 * mapping marks the profile as already symbolized so pprof never looks for binaries.
 */
public final class PprofWriter {

    private PprofWriter() {
    }

    /** Writes {@code p} gzipped to {@code out} (not closed). */
    public static void write(Profile p, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        gz.write(encode(p));
        gz.finish();
    }

    /** The uncompressed protobuf bytes of {@code p}. */
    static byte[] encode(Profile p) {
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new java.util.ArrayList<>();
        java.util.function.ToIntFunction<String> str = s -> strings.computeIfAbsent(s, k -> {
            table.add(k);
            return table.size() - 1;
        });
        str.applyAsInt("");
        Map<String, Integer> functions = new HashMap<>();
        Map<Profile.Frame, Integer> locations = new HashMap<>();
        ProtoWire.Out body = new ProtoWire.Out();
        for (Profile.ValueType t : p.sampleTypes()) {
            body.message(1, valueType(t, str));
        }
        ProtoWire.Out locs = new ProtoWire.Out();
        ProtoWire.Out funcs = new ProtoWire.Out();
        for (Profile.Sample s : p.samples()) {
            long[] ids = new long[s.stack().size()];
            for (int i = 0; i < ids.length; i++) {
                Profile.Frame f = s.stack().get(i);
                Integer loc = locations.get(f);
                if (loc == null) {
                    Integer fn = functions.get(f.function());
                    if (fn == null) {
                        fn = functions.size() + 1;
                        functions.put(f.function(), fn);
                        // No system_name: pprof then takes the name as final and shows it unchanged (it would
                        // otherwise strip C++ template and parameter lists from names that equal it).
                        funcs.message(5, new ProtoWire.Out().int64(1, fn).int64(2, str.applyAsInt(f.function())));
                    }
                    loc = locations.size() + 1;
                    locations.put(f, loc);
                    locs.message(4, new ProtoWire.Out().int64(1, loc).int64(2, 1)
                            .message(4, new ProtoWire.Out().int64(1, fn).int64(2, f.line())));
                }
                ids[i] = loc;
            }
            body.message(2, new ProtoWire.Out().packed(1, ids).packed(2, s.values()));
        }
        body.message(3, new ProtoWire.Out().int64(1, 1).int64(3, Long.MAX_VALUE).int64(5, str.applyAsInt(p.mainFile()))
                .int64(7, 1).int64(8, 1));
        ProtoWire.Out tail = new ProtoWire.Out();
        tail.int64(9, p.timeNanos()).int64(10, p.durationNanos());
        if (p.periodType() != null) {
            tail.message(11, valueType(p.periodType(), str));
        }
        tail.int64(12, p.period());
        if (!p.sampleTypes().isEmpty()) {
            tail.int64(14, str.applyAsInt(p.sampleTypes().get(p.defaultSampleType()).type()));
        }
        ProtoWire.Out all = new ProtoWire.Out();
        appendRaw(all, body);
        appendRaw(all, locs);
        appendRaw(all, funcs);
        for (String s : table) {
            all.string(6, s);
        }
        appendRaw(all, tail);
        return all.toByteArray();
    }

    private static ProtoWire.Out valueType(Profile.ValueType t, java.util.function.ToIntFunction<String> str) {
        return new ProtoWire.Out().int64(1, str.applyAsInt(t.type())).int64(2, str.applyAsInt(t.unit()));
    }

    /** Fields of a message are just concatenated bytes, so sections built apart can be joined in any order. */
    private static void appendRaw(ProtoWire.Out to, ProtoWire.Out from) {
        to.raw(from.toByteArray());
    }
}
