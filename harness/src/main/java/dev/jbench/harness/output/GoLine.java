package dev.jbench.harness.output;

import dev.jbench.benchstat.units.GoFloats;
import dev.jbench.harness.run.Measurement;
import java.util.Map;
import java.util.Set;

/**
 * One result line exactly as Go's {@code testing} package prints it ({@code benchmark.go}):
 * {@code %-*s\t} name, {@code %8d} N, {@code \t}ns/op (left out when 0), {@code \t%7.2f MB/s} when bytes per op were
 * set, {@code \t}each custom metric sorted by unit, and with {@code -benchmem} {@code \t%8d B/op\t%8d allocs/op}
 * (integer, truncated). A custom metric whose unit is a built-in one replaces the built-in value, as in Go.
 * When allocations could not be counted the {@code allocs/op} field is left out rather than guessed.
 */
public final class GoLine {

    private static final Set<String> BUILT_IN = Set.of("ns/op", "MB/s", "B/op", "allocs/op");

    private GoLine() {
    }

    /** The line for {@code m}, name padded to {@code width}; without a trailing newline. */
    public static String format(Measurement m, int width, boolean benchmem) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(m.benchCase().name());
        for (int i = m.benchCase().name().length(); i < width; i++) {
            sb.append(' ');
        }
        sb.append('\t');
        pad(sb, Long.toString(m.n()), 8);
        Map<String, Double> extra = m.metrics();
        double ns = extra.getOrDefault("ns/op", m.nsPerOp());
        if (ns != 0) {
            sb.append('\t');
            pretty(sb, ns, "ns/op");
        }
        double mbs = extra.containsKey("MB/s") ? extra.get("MB/s")
                : m.setBytes() > 0 && ns > 0 ? m.setBytes() * 1e3 / ns : 0;
        if (mbs != 0 && !Double.isNaN(mbs)) {
            sb.append('\t');
            pad(sb, GoFloats.formatFixed(mbs, 2), 7);
            sb.append(" MB/s");
        }
        extra.forEach((unit, v) -> {
            if (!BUILT_IN.contains(unit)) {
                sb.append('\t');
                pretty(sb, v, unit);
            }
        });
        if (benchmem) {
            double bytes = extra.getOrDefault("B/op", m.bytesPerOp());
            double allocs = extra.getOrDefault("allocs/op", m.allocsPerOp());
            if (!Double.isNaN(bytes)) {
                sb.append('\t');
                pad(sb, Long.toString(truncate(bytes)), 8);
                sb.append(" B/op");
                if (!Double.isNaN(allocs)) {
                    sb.append('\t');
                    pad(sb, Long.toString(truncate(allocs)), 8);
                    sb.append(" allocs/op");
                }
            }
        }
        return sb.toString();
    }

    /** Go's {@code prettyPrint}: width and precision by magnitude, so decimal points line up. */
    static void pretty(StringBuilder sb, double x, String unit) {
        double y = Math.abs(x);
        int width;
        int prec;
        if (y == 0 || y >= 999.95) {
            width = 10;
            prec = 0;
        } else if (y >= 99.995) {
            width = 12;
            prec = 1;
        } else if (y >= 9.9995) {
            width = 13;
            prec = 2;
        } else if (y >= 0.99995) {
            width = 14;
            prec = 3;
        } else if (y >= 0.099995) {
            width = 15;
            prec = 4;
        } else if (y >= 0.0099995) {
            width = 16;
            prec = 5;
        } else if (y >= 0.00099995) {
            width = 17;
            prec = 6;
        } else {
            width = 18;
            prec = 7;
        }
        pad(sb, GoFloats.formatFixed(x, prec), width);
        sb.append(' ').append(unit);
    }

    /** Go's integer conversion of a per-op figure: truncation; a tiny tolerance absorbs representation error. */
    static long truncate(double perOp) {
        return (long) Math.floor(perOp + 1e-9);
    }

    private static void pad(StringBuilder sb, String s, int width) {
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        sb.append(s);
    }
}
