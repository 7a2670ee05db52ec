package dev.jbench.harness.options;

/**
 * How the {@code -count} samples of each benchmark are taken.
 *
 * <p>Measured on a shared 2-core VM (../shared/NOISE_NOTES.md): the host has episodes of seconds to minutes in which
 * everything runs 40–60% slower, so samples taken back to back share an episode and look far more precise than
 * they are (two identical runs flagged 5–6 of 10 rows as changed). Spreading each benchmark's samples over the whole
 * run averages over episodes (2 of 10).
 */
public enum Sampling {
    /**
     * The default: round r runs every selected benchmark once, each in a fresh JVM (warm-up, then one measured
     * iteration = one result line); {@code -count} rounds.
     */
    ROUNDS,
    /**
     * Quick look: one JVM per benchmark, warm-up once, then {@code -count} measured iterations back to back. Cheaper,
     * but its samples are correlated: do not compare two such runs with jbenchstat.
     */
    QUICK
}
