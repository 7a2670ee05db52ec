package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.GoNumberFormatException;
import dev.jbench.benchstat.units.GoStrconv;
import dev.jbench.benchstat.units.GoUnicode;
import dev.jbench.benchstat.units.Tidy;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Go benchmark format as a stream of {@link Record}s. Mirrors Go's {@code benchfmt.Reader}.
 *
 * <p>Each line is, in this order of checks: a benchmark line ({@code Benchmark<name> <iters> <value> <unit> ...}),
 * a unit metadata line ({@code Unit <unit> <key>=<value> ...}), a configuration line ({@code key: value}, which
 * applies to the following results of the same input; {@code key:} deletes the key), or ignored. Malformed
 * benchmark and unit lines yield a {@link SyntaxError} and reading continues. Values are tidied ({@link Value#of}).
 *
 * <p>Deliberate differences from Go: lines of any length are read (Go stops at 64 KiB), and a NaN measurement is
 * reported as a {@link SyntaxError} on its line and dropped, because NaN makes benchstat's U-test loop forever. The
 * other measurements of that line are kept. Bytes that are not valid UTF-8 are decoded to U+FFFD in names, units
 * and configuration.
 *
 * <p>Usage: {@code for (Record r; (r = reader.next()) != null; ) ...}. Not thread-safe. I/O errors are thrown as
 * {@link IOException}s whose message starts with {@code file:line: }.
 */
public final class Reader implements Closeable {
    private static final String UNKNOWN_FILE = "<unknown>";
    private static final byte[] BENCHMARK = "Benchmark".getBytes(StandardCharsets.US_ASCII);

    private final ArrayDeque<Record> queue = new ArrayDeque<>();
    private final ConfigList config = new ConfigList();
    private final UnitMetadataMap units = new UnitMetadataMap();
    private final Interner interner = new Interner();
    private final List<Value> values = new ArrayList<>();
    private final List<SyntaxError> nanErrors = new ArrayList<>();
    private InputStream in;
    private LineScanner lines;
    private String fileName;
    private int line;

    /**
     * A reader of {@code in}.
     *
     * @param in         the input, UTF-8
     * @param fileName   the name used in errors and results; null or empty means {@code <unknown>}
     * @param initConfig alternating keys and values installed as internal (non-file) configuration before the first
     *                   line, e.g. {@code ".file", "old.txt"}
     */
    public Reader(InputStream in, String fileName, String... initConfig) {
        reset(in, fileName, initConfig);
    }

    /** A reader of a character stream (encoded to UTF-8 internally); see {@link #Reader(InputStream, String, String...)}. */
    public Reader(java.io.Reader in, String fileName, String... initConfig) {
        this(new Utf8InputStream(in), fileName, initConfig);
    }

    /** A reader of a string; convenient for tests and short inputs. */
    public static Reader of(String text, String fileName, String... initConfig) {
        return new Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName, initConfig);
    }

    /**
     * Starts reading a new input: clears the configuration and pending records, but keeps unit metadata, which
     * carries across files. Does not close the previous input.
     */
    public void reset(InputStream in, String fileName, String... initConfig) {
        if (initConfig.length % 2 != 0) {
            throw new IllegalArgumentException("initConfig must alternate keys and values, got " + initConfig.length
                    + " strings");
        }
        this.in = in;
        this.lines = new LineScanner(in);
        this.fileName = fileName == null || fileName.isEmpty() ? UNKNOWN_FILE : fileName;
        this.line = 0;
        queue.clear();
        config.clear();
        for (int i = 0; i < initConfig.length; i += 2) {
            if (initConfig[i + 1].isEmpty()) {
                config.delete(initConfig[i]);
            } else {
                config.set(initConfig[i], initConfig[i + 1], false);
            }
        }
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws IOException if reading fails; the message is {@code file:line: cause}
     */
    public Record next() throws IOException {
        while (queue.isEmpty()) {
            boolean more;
            try {
                more = lines.next();
            } catch (IOException e) {
                throw new IOException(fileName + ":" + line + ": " + e.getMessage(), e);
            }
            if (!more) {
                return null;
            }
            line++;
            parseLine(lines.buf(), lines.start(), lines.end());
        }
        return queue.poll();
    }

    /** Unit metadata accumulated so far (across {@link #reset}s). */
    public UnitMetadataMap units() {
        return units;
    }

    /** The current input's name ({@code <unknown>} if it has none). */
    public String fileName() {
        return fileName;
    }

    /** The number of the last line read (1-based; 0 before the first). */
    public int line() {
        return line;
    }

    /** Closes the current input. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void parseLine(byte[] b, int s, int e) {
        if (e - s >= BENCHMARK.length && startsWithBenchmark(b, s)) {
            parseBenchmarkLine(b, s + BENCHMARK.length, e);
            return;
        }
        if (s < e && b[s] == 'U') {
            int f = Utf8.fieldEnd(b, s, e);
            if (f - s == 4 && b[s + 1] == 'n' && b[s + 2] == 'i' && b[s + 3] == 't') {
                parseUnitLine(b, Utf8.skipSpaces(b, f, e), e);
                return;
            }
        }
        if (s < e && (b[s] < 0 || (b[s] >= 'a' && b[s] <= 'z'))) {
            parseKeyValueLine(b, s, e);
        }
    }

    private static boolean startsWithBenchmark(byte[] b, int s) {
        for (int i = 0; i < BENCHMARK.length; i++) {
            if (b[s + i] != BENCHMARK[i]) {
                return false;
            }
        }
        return true;
    }

    private void error(String msg) {
        queue.add(new SyntaxError(fileName, line, msg));
    }

    /** Parses {@code <name> <iters> (<value> <unit>)+}, starting right after "Benchmark". */
    private void parseBenchmarkLine(byte[] b, int s, int e) {
        int nameEnd = Utf8.fieldEnd(b, s, e);
        if (nameEnd == e) {
            // "go test -v" prints the bare name when a benchmark starts; with nothing after it, skip the line.
            return;
        }
        int p = Utf8.skipSpaces(b, nameEnd, e);
        int f = Utf8.fieldEnd(b, p, e);
        if (f == p) {
            error("missing iteration count");
            return;
        }
        long iters;
        try {
            iters = GoStrconv.atoi(b, p, f);
        } catch (GoNumberFormatException ex) {
            error("parsing iteration count: " + ex.reason().text());
            return;
        }
        values.clear();
        nanErrors.clear();
        p = Utf8.skipSpaces(b, f, e);
        while (true) {
            f = Utf8.fieldEnd(b, p, e);
            if (f == p) {
                if (!values.isEmpty() || !nanErrors.isEmpty()) {
                    break;
                }
                error("missing measurements");
                return;
            }
            double v;
            try {
                v = parseValue(b, p, f);
            } catch (GoNumberFormatException ex) {
                error("parsing measurement: " + ex.reason().text());
                return;
            }
            p = Utf8.skipSpaces(b, f, e);
            f = Utf8.fieldEnd(b, p, e);
            if (f == p) {
                error("missing units");
                return;
            }
            int unitStart = p;
            int unitEnd = f;
            p = Utf8.skipSpaces(b, f, e);
            if (v != v) {
                String unit = interner.intern(b, unitStart, unitEnd);
                nanErrors.add(new SyntaxError(fileName, line, "NaN measurement in " + unit + " dropped"));
                continue;
            }
            values.add(interner.value(v, b, unitStart, unitEnd));
        }
        queue.addAll(nanErrors);
        if (!values.isEmpty()) {
            String name = new String(b, s, nameEnd - s, StandardCharsets.UTF_8);
            queue.add(new Result(config.snapshot(), new Name(name), iters, List.copyOf(values), fileName, line));
        }
    }

    /** Go's benchfmt fast path for plain digits (most measurements are integers), else full ParseFloat. */
    private static double parseValue(byte[] b, int from, int to) {
        long val = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || val > (Long.MAX_VALUE - 10) / 10) {
                return GoStrconv.parseFloat(b, from, to);
            }
            val = val * 10 + d;
        }
        return val;
    }

    /** Parses the rest of {@code Unit <unit> <key>=<value> ...}, starting at the unit. */
    private void parseUnitLine(byte[] b, int p, int e) {
        int f = Utf8.fieldEnd(b, p, e);
        if (f == p) {
            error("missing unit");
            return;
        }
        String unit = interner.intern(b, p, f);
        String tidyUnit = Tidy.unit(unit);
        p = Utf8.skipSpaces(b, f, e);
        while (p < e) {
            f = Utf8.fieldEnd(b, p, e);
            int eq = -1;
            for (int i = p; i < f; i++) {
                if (b[i] == '=') {
                    eq = i;
                    break;
                }
            }
            if (eq <= p) {
                error("expected key=value");
            } else {
                String key = interner.intern(b, p, eq);
                String value = interner.intern(b, eq + 1, f);
                UnitMetadata have = units.existing(tidyUnit, key);
                if (have == null) {
                    UnitMetadata m = new UnitMetadata(tidyUnit, unit, key, value, fileName, line);
                    units.put(m);
                    queue.add(m);
                } else if (!have.value().equals(value)) {
                    error("metadata " + key + " of unit " + unit + " already set to " + have.value());
                }
            }
            p = Utf8.skipSpaces(b, f, e);
        }
    }

    /**
     * A configuration line: the key starts with a lower-case letter and has no space or upper-case letter, up to the
     * first colon; then either nothing (delete the key) or at least one space or tab before the value. Leading
     * blanks of the value are dropped, trailing ones kept (go test pads {@code cpu:} values).
     */
    private void parseKeyValueLine(byte[] b, int s, int e) {
        int colon = -1;
        for (int i = s; i < e; ) {
            int r = Utf8.decode(b, i, e);
            int cp = r & 0xFFFFFF;
            if (i == s && !GoUnicode.isLower(cp)) {
                return;
            }
            if (GoUnicode.isSpace(cp) || GoUnicode.isUpper(cp)) {
                return;
            }
            if (i > s && cp == ':') {
                colon = i;
                break;
            }
            i += r >>> 24;
        }
        if (colon < 0) {
            return;
        }
        int v = colon + 1;
        if (v < e) {
            int start = v;
            while (v < e && (b[v] == ' ' || b[v] == '\t')) {
                v++;
            }
            if (v == start) {
                return; // "key:value" is not a configuration line
            }
        }
        String key = interner.intern(b, s, colon);
        if (v == e) {
            config.delete(key);
        } else {
            config.set(key, new String(b, v, e - v, StandardCharsets.UTF_8), true);
        }
    }
}
