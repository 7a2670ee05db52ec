package dev.jbench.harness.options;

import java.time.Duration;

/**
 * Go's {@code -benchtime}: either a duration of the measured iteration ({@code 1s}, {@code 100ms}) or an exact
 * operation count ({@code 1000x}).
 *
 * @param time       the measured time, or {@code null} when {@code iterations} is set
 * @param iterations the exact number of operations (≥ 1), or 0 when {@code time} is set
 */
public record BenchTime(Duration time, long iterations) {

    /** Go's default, one second. */
    public static final BenchTime DEFAULT = new BenchTime(Duration.ofSeconds(1), 0);

    public BenchTime {
        if ((time == null) == (iterations == 0)) {
            throw new IllegalArgumentException("benchtime needs exactly one of a duration or an iteration count");
        }
    }

    /** True for the {@code Nx} form. */
    public boolean isCount() {
        return time == null;
    }

    /**
     * Parses Go's syntax: {@code Nx} with N ≥ 1, or a Go duration ({@link GoDuration}) greater than zero.
     *
     * @throws IllegalArgumentException with a message naming the bad value
     */
    public static BenchTime parse(String s) {
        if (s.endsWith("x")) {
            String n = s.substring(0, s.length() - 1);
            long v;
            try {
                v = Long.parseLong(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid count \"" + s + "\": want a positive integer before x");
            }
            if (v >= 1) {
                return new BenchTime(null, v);
            }
            throw new IllegalArgumentException("invalid count \"" + s + "\": must be at least 1x");
        }
        Duration d = GoDuration.parse(s);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("invalid duration \"" + s + "\": must be greater than 0");
        }
        return new BenchTime(d, 0);
    }

    @Override
    public String toString() {
        return isCount() ? iterations + "x" : GoDuration.format(time);
    }

}
