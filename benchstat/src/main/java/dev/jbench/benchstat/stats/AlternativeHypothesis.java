package dev.jbench.benchstat.stats;

/**
 * The alternative hypothesis of a location test (moremath {@code LocationHypothesis}), tested against the null
 * hypothesis that both samples come from the same population.
 */
public enum AlternativeHypothesis {
    /** The first sample tends to be smaller than the second (one-tailed; moremath {@code LocationLess}). */
    LESS,
    /** The samples' locations differ (two-tailed; moremath {@code LocationDiffers}). benchstat uses this. */
    TWO_SIDED,
    /** The first sample tends to be larger than the second (one-tailed; moremath {@code LocationGreater}). */
    GREATER
}
