package dev.jbench.harness.options;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} syntax: a sequence of decimal numbers with units, {@code 300ms}, {@code 1.5h},
 * {@code 2m30s}; units ns, us (µs), ms, s, m, h. A bare {@code 0} is allowed.
 */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private GoDuration() {
    }

    /** @throws IllegalArgumentException naming the value when it is not a Go duration */
    public static Duration parse(String s) {
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(s);
        int pos = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (pos < s.length() && m.find(pos) && m.start() == pos) {
            BigDecimal v = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
            nanos = nanos.add(v.multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            pos = m.end();
        }
        if (pos != s.length() || s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration \"" + s + "\": want e.g. 500ms, 1s, 2m30s");
        }
        return Duration.ofNanos(nanos.longValue());
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
    }

    /** Go's {@code Duration.String} for whole units we print: {@code 10m0s}, {@code 1s}, {@code 500ms}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 1_000_000_000L) {
            if (nanos % 1_000_000L == 0) {
                return nanos / 1_000_000L + "ms";
            }
            if (nanos % 1_000L == 0) {
                return nanos / 1_000L + "µs";
            }
            return nanos + "ns";
        }
        long h = d.toHours();
        long m = d.toMinutesPart();
        double sec = d.toSecondsPart() + d.toNanosPart() / 1e9;
        String secs = BigDecimal.valueOf(sec).stripTrailingZeros().toPlainString();
        if (h > 0) {
            return String.format(Locale.ROOT, "%dh%dm%ss", h, m, secs);
        }
        if (m > 0) {
            return String.format(Locale.ROOT, "%dm%ss", m, secs);
        }
        return secs + "s";
    }
}
