package dev.jbench.benchstat.table;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a unit improves. The one place that decides it, shared by the JSON output and the CLI's regression gate.
 *
 * <p>Rule, in order:
 * <ol>
 *   <li>a {@code Unit <unit> better=higher} or {@code better=lower} metadata line decides (case-insensitive);</li>
 *   <li>rates, i.e. units ending in {@code /s} such as {@code B/s} or {@code ops/s}, are better when higher;</li>
 *   <li>everything else ({@code sec/op}, {@code B/op}, {@code allocs/op}, any other {@code /op} unit, sizes such as
 *       {@code text-bytes}) is better when lower.</li>
 * </ol>
 * Units are the tidied ones ({@code ns/op} arrives as {@code sec/op}, {@code MB/s} as {@code B/s}).
 */
public enum Direction {
    /** Smaller values are improvements (time, memory, allocations). */
    LOWER_IS_BETTER("lower"),
    /** Larger values are improvements (throughput). */
    HIGHER_IS_BETTER("higher");

    private final String metadataValue;

    Direction(String metadataValue) {
        this.metadataValue = metadataValue;
    }

    /** The {@code better=} metadata value naming this direction: {@code lower} or {@code higher}. */
    public String metadataValue() {
        return metadataValue;
    }

    /**
     * The direction of {@code unit}.
     *
     * @param unit   tidied unit, e.g. {@code sec/op}
     * @param better value of the unit's {@code better=} metadata, or {@code null} when there is none; a value other
     *               than {@code higher}/{@code lower} is ignored (see {@link #parse})
     */
    public static Direction of(String unit, String better) {
        Optional<Direction> declared = parse(better);
        if (declared.isPresent()) {
            return declared.get();
        }
        return unit.endsWith("/s") ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** {@code higher} or {@code lower} (any case) as a direction; empty for {@code null} or anything else. */
    public static Optional<Direction> parse(String better) {
        if (better == null) {
            return Optional.empty();
        }
        return switch (better.toLowerCase(Locale.ROOT)) {
            case "higher" -> Optional.of(HIGHER_IS_BETTER);
            case "lower" -> Optional.of(LOWER_IS_BETTER);
            default -> Optional.empty();
        };
    }

    /**
     * How moving from {@code oldCenter} to {@code newCenter} looks in this direction, ignoring significance:
     * {@link Change#UNCHANGED} if they are equal (or either is NaN).
     */
    public Change change(double oldCenter, double newCenter) {
        if (!(oldCenter < newCenter || oldCenter > newCenter)) {
            return Change.UNCHANGED;
        }
        boolean up = newCenter > oldCenter;
        return up == (this == HIGHER_IS_BETTER) ? Change.BETTER : Change.WORSE;
    }

    /** The verdict on one comparison cell. */
    public enum Change {
        /** Significant and in the good direction. */
        BETTER,
        /** Significant and in the bad direction: a regression. */
        WORSE,
        /** Not significant ({@code p > alpha}, printed {@code ~}) or equal centers. */
        UNCHANGED;

        /** Lower-case name used in JSON: {@code better}, {@code worse}, {@code unchanged}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
