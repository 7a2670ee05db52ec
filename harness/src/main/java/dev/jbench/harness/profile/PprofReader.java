package dev.jbench.harness.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Decodes a pprof protobuf profile, gzipped or not, into a {@link Profile}: any producer's (Go's runtime/pprof,
 * async-profiler's converter, jbench). A location with inlined calls (several lines) becomes several frames, leaf
 * first, as pprof shows them. Mappings, labels and addresses are not needed for a top listing and are skipped.
 */
public final class PprofReader {

    private PprofReader() {
    }

    /** Reads {@code file}; a malformed file throws {@link MalformedProfileException} naming it. */
    public static Profile read(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        try {
            return decode(raw);
        } catch (MalformedProfileException e) {
            throw new MalformedProfileException(file + ": not a pprof profile: " + e.getMessage());
        }
    }

    /** Decodes {@code raw}, gunzipping it first when it starts with gzip's magic bytes. */
    public static Profile decode(byte[] raw) throws IOException {
        byte[] b = raw;
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1f && (raw[1] & 0xFF) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                b = in.readAllBytes();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new MalformedProfileException("bad gzip data: " + e.getMessage());
            }
        }
        List<String> strings = new ArrayList<>();
        List<long[]> sampleTypes = new ArrayList<>();
        List<long[][]> samples = new ArrayList<>();          // {locationIds, values}
        Map<Long, long[]> locationLines = new HashMap<>();    // id -> {fn0, line0, fn1, line1, ...}
        Map<Long, Long> functionNames = new HashMap<>();      // id -> string index
        long[] periodType = null;
        long period = 0;
        long time = 0;
        long duration = 0;
        long defaultType = 0;
        long mainFile = -1;
        ProtoWire.In in = new ProtoWire.In(b, 0, b.length);
        while (in.next()) {
            switch (in.field) {
                case 1 -> sampleTypes.add(valueType(in.sub()));
                case 2 -> samples.add(sample(in.sub()));
                case 3 -> {
                    long f = mappingFile(in.sub());
                    mainFile = mainFile < 0 ? f : mainFile;
                }
                case 4 -> location(in.sub(), locationLines);
                case 5 -> function(in.sub(), functionNames);
                case 6 -> strings.add(in.string());
                case 9 -> time = in.int64();
                case 10 -> duration = in.int64();
                case 11 -> periodType = valueType(in.sub());
                case 12 -> period = in.int64();
                case 14 -> defaultType = in.int64();
                default -> in.skip();
            }
        }
        if (strings.isEmpty() || !strings.get(0).isEmpty()) {
            throw new MalformedProfileException("string table must start with the empty string");
        }
        List<Profile.ValueType> types = new ArrayList<>();
        for (long[] t : sampleTypes) {
            types.add(new Profile.ValueType(str(strings, t[0]), str(strings, t[1])));
        }
        List<Profile.Sample> out = new ArrayList<>(samples.size());
        for (long[][] s : samples) {
            List<Profile.Frame> stack = new ArrayList<>();
            for (long loc : s[0]) {
                long[] lines = locationLines.get(loc);
                if (lines == null) {
                    throw new MalformedProfileException("sample refers to missing location " + loc);
                }
                if (lines.length == 0) {
                    stack.add(new Profile.Frame(String.format(java.util.Locale.ROOT, "0x%x", loc), 0));
                }
                for (int i = 0; i < lines.length; i += 2) {
                    Long name = functionNames.get(lines[i]);
                    stack.add(new Profile.Frame(name == null ? "?" : str(strings, name), lines[i + 1]));
                }
            }
            if (s[1].length != types.size()) {
                throw new MalformedProfileException("sample has " + s[1].length + " values for " + types.size()
                        + " sample types");
            }
            out.add(new Profile.Sample(stack, s[1]));
        }
        int def = 0;
        String defName = defaultType == 0 ? null : str(strings, defaultType);
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).type().equals(defName)) {
                def = i;
            }
        }
        if (defName == null && !types.isEmpty()) {
            def = types.size() - 1; // pprof's default: the last sample type
        }
        Profile.ValueType pt = periodType == null ? null
                : new Profile.ValueType(str(strings, periodType[0]), str(strings, periodType[1]));
        return new Profile(types, out, pt, period, time, duration, def, mainFile < 0 ? "" : str(strings, mainFile));
    }

    private static String str(List<String> strings, long i) {
        if (i < 0 || i >= strings.size()) {
            throw new MalformedProfileException("string index " + i + " out of range");
        }
        return strings.get((int) i);
    }

    private static long[] valueType(ProtoWire.In in) {
        long[] t = new long[2];
        while (in.next()) {
            if (in.field == 1 || in.field == 2) {
                t[in.field - 1] = in.int64();
            } else {
                in.skip();
            }
        }
        return t;
    }

    private static long[][] sample(ProtoWire.In in) {
        LongList locs = new LongList();
        LongList values = new LongList();
        while (in.next()) {
            switch (in.field) {
                case 1 -> in.varints(locs::add);
                case 2 -> in.varints(values::add);
                default -> in.skip();
            }
        }
        return new long[][] {locs.toArray(), values.toArray()};
    }

    private static long mappingFile(ProtoWire.In in) {
        long file = 0;
        while (in.next()) {
            if (in.field == 5) {
                file = in.int64();
            } else {
                in.skip();
            }
        }
        return file;
    }

    private static void location(ProtoWire.In in, Map<Long, long[]> into) {
        long id = 0;
        LongList lines = new LongList();
        while (in.next()) {
            if (in.field == 1) {
                id = in.int64();
            } else if (in.field == 4) {
                ProtoWire.In l = in.sub();
                long fn = 0;
                long line = 0;
                while (l.next()) {
                    if (l.field == 1) {
                        fn = l.int64();
                    } else if (l.field == 2) {
                        line = l.int64();
                    } else {
                        l.skip();
                    }
                }
                lines.add(fn);
                lines.add(line);
            } else {
                in.skip();
            }
        }
        into.put(id, lines.toArray());
    }

    private static void function(ProtoWire.In in, Map<Long, Long> into) {
        long id = 0;
        long name = 0;
        while (in.next()) {
            if (in.field == 1) {
                id = in.int64();
            } else if (in.field == 2) {
                name = in.int64();
            } else {
                in.skip();
            }
        }
        into.put(id, name);
    }

    /** A growable {@code long[]}. */
    private static final class LongList {
        private long[] a = new long[8];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
