package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.GoFloats;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Go benchmark format. Mirrors Go's {@code benchfmt.Writer}: before a result whose file configuration
 * differs from what was last written, it writes the changed {@code key: value} lines (and {@code key:} for deleted
 * keys); internal keys such as {@code .file} are never written.
 *
 * <p>Two kinds of result lines:
 * <ul>
 *   <li>{@link #write(Record)} formats a {@link Result} as Go does: {@code Benchmark<name> <iters>} then
 *       {@code  <value> <unit>} per measurement, using the value and unit as originally written
 *       ({@code origValue}/{@code origUnit}) and Go's {@code %v} for the number (shortest digits that read back
 *       exactly, e.g. {@code 1.5}, {@code 1e+06}). Reader→Writer reproduces Go-written input byte for byte.</li>
 *   <li>{@link #writeLine(List, String)} writes a line formatted by the caller, after the same configuration
 *       handling. The jbench harness uses it to print {@code go test}'s padded columns ({@code %-*s\t%8d\t%10.0f ns/op}),
 *       which are a property of the {@code go test} output rather than of the format: the reader ignores the
 *       padding. The harness formats its numbers with {@link GoFloats} so they match Go's rounding.</li>
 * </ul>
 *
 * <p>{@link ConfigStyle} chooses the blank lines around configuration blocks. Output goes to a
 * {@link java.io.Writer} without flushing after each line; call {@link #flush()} (or {@link #close()}).
 */
public final class Writer implements Flushable, Closeable {

    /** How configuration blocks are separated from results. */
    public enum ConfigStyle {
        /** Go's benchfmt.Writer: a blank line after each configuration block, and one before it if results precede. */
        BENCHFMT,
        /** Like {@code go test -bench}: configuration lines directly followed by results, no blank lines. */
        GO_TEST
    }

    private final java.io.Writer out;
    private final ConfigStyle style;
    private final Map<String, Config> written = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private boolean first = true;

    /** A writer in {@link ConfigStyle#BENCHFMT} style. */
    public Writer(java.io.Writer out) {
        this(out, ConfigStyle.BENCHFMT);
    }

    /** A writer with the given configuration style. */
    public Writer(java.io.Writer out, ConfigStyle style) {
        this.out = out;
        this.style = style;
    }

    /**
     * Writes a record: a {@link Result} (with configuration changes first), a {@link UnitMetadata} as
     * {@code Unit <origUnit> <key>=<value>}; a {@link SyntaxError} is ignored, as in Go.
     */
    public void write(Record rec) throws IOException {
        if (rec instanceof Result r) {
            writeResult(r);
        } else if (rec instanceof UnitMetadata m) {
            out.write("Unit " + m.origUnit() + " " + m.key() + "=" + m.value() + "\n");
        }
    }

    /** Writes {@code r}'s configuration changes, then its benchmark line with Go {@code %v} numbers. */
    public void writeResult(Result r) throws IOException {
        StringBuilder sb = new StringBuilder(64 + 24 * r.values().size());
        sb.append("Benchmark").append(r.name().full()).append(' ').append(r.iters());
        for (Value v : r.values()) {
            sb.append(' ').append(GoFloats.formatShortest(v.origValue())).append(' ').append(v.origUnit());
        }
        writeLine(r.config(), sb.toString());
    }

    /**
     * Writes the configuration changes needed for {@code config}, then {@code line} verbatim plus a newline.
     *
     * @param config the result's configuration (internal keys are tracked but not written)
     * @param line   a complete line without its newline, normally {@code Benchmark...}
     */
    public void writeLine(List<Config> config, String line) throws IOException {
        if (configChanged(config)) {
            writeConfig(config);
        }
        out.write(line);
        out.write('\n');
        first = false;
    }

    /** Writes {@code text} verbatim (e.g. {@code PASS} or {@code ok  \tpkg\t1.234s\n}); it must end in a newline. */
    public void writeText(String text) throws IOException {
        out.write(text);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private boolean configChanged(List<Config> config) {
        if (written.size() != config.size()) {
            return true;
        }
        for (Config c : config) {
            Config have = written.get(c.key());
            if (have == null || !have.value().equals(c.value()) || have.file() != c.file()) {
                return true;
            }
        }
        return false;
    }

    private void writeConfig(List<Config> config) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (!first && style == ConfigStyle.BENCHFMT) {
            sb.append('\n');
        }
        first = true;
        Map<String, Config> now = new HashMap<>();
        for (Config c : config) {
            now.put(c.key(), c);
        }
        // Known keys, in the order first written: changes and deletions.
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            Config have = written.get(key);
            Config c = now.get(key);
            if (c == null) {
                if (have.file()) {
                    sb.append(key).append(":\n");
                }
                written.remove(key);
                order.remove(i--);
                continue;
            }
            if (have.value().equals(c.value()) && have.file() == c.file()) {
                continue;
            }
            if (c.file()) {
                sb.append(key).append(": ").append(c.value()).append('\n');
            }
            written.put(key, c);
        }
        // New keys, in the result's order.
        for (Config c : config) {
            if (written.containsKey(c.key())) {
                continue;
            }
            if (c.file()) {
                sb.append(c.key()).append(": ").append(c.value()).append('\n');
            }
            written.put(c.key(), c);
            order.add(c.key());
        }
        if (style == ConfigStyle.BENCHFMT) {
            sb.append('\n');
        }
        out.write(sb.toString());
    }
}
