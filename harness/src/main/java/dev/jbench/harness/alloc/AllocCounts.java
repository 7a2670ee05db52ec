package dev.jbench.harness.alloc;

/**
 * A snapshot of the native allocation counters, or the difference of two snapshots.
 *
 * @param workerAllocs        allocations made by JMH worker threads (including JMH's own per-iteration objects), ≥ 0
 * @param workerBytes         bytes of those allocations, ≥ 0
 * @param measuredAllocs      worker allocations made inside the timed benchmark loop (a JMH {@code *_jmhStub} frame
 *                            on the stack): what allocs/op is computed from, ≥ 0
 * @param measuredBytes       bytes of the measured allocations: what B/op is computed from, ≥ 0
 * @param stackWalkFailures   worker allocations whose stack could not be read, so that it is unknown whether they
 *                            were measured; a non-zero value makes the counts unusable
 */
public record AllocCounts(long workerAllocs, long workerBytes, long measuredAllocs, long measuredBytes,
                          long stackWalkFailures) {

    /** All zero. */
    public static final AllocCounts ZERO = new AllocCounts(0, 0, 0, 0, 0);

    /** The counts accumulated between {@code earlier} and this snapshot. */
    public AllocCounts minus(AllocCounts earlier) {
        return new AllocCounts(workerAllocs - earlier.workerAllocs, workerBytes - earlier.workerBytes,
                measuredAllocs - earlier.measuredAllocs, measuredBytes - earlier.measuredBytes,
                stackWalkFailures - earlier.stackWalkFailures);
    }
}
