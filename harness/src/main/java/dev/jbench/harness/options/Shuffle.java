package dev.jbench.harness.options;

/**
 * Go's {@code -shuffle off|on|N}: randomise the order of benchmarks within each round.
 *
 * @param enabled whether to shuffle
 * @param seed    the seed (for {@code on}, chosen from the clock when the flag is parsed, and printed so a run can be
 *                repeated)
 */
public record Shuffle(boolean enabled, long seed) {

    /** No shuffling (Go's default). */
    public static final Shuffle OFF = new Shuffle(false, 0);

    /** Parses {@code off}, {@code on} or an integer seed; {@code nowNanos} seeds {@code on}. */
    public static Shuffle parse(String s, long nowNanos) {
        switch (s) {
            case "off":
                return OFF;
            case "on":
                return new Shuffle(true, nowNanos);
            default:
                try {
                    return new Shuffle(true, Long.parseLong(s));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("invalid value \"" + s + "\": want off, on, or an integer seed");
                }
        }
    }
}
