package dev.jbench.benchstat.stats;

/**
 * A statistical test cannot be computed for its input. The message is Go's error text (e.g.
 * {@code all samples are equal}), which benchstat shows to users as a warning; {@link #reason()} lets callers such as
 * v1 mode tell the cases apart without parsing text.
 */
public final class StatsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a test could not be computed; {@link #message()} is Go's error text. */
    public enum Reason {
        /** A sample is empty (U test) or has fewer than two values (t-test). */
        SAMPLE_TOO_SMALL("sample is too small"),
        /** Every value of both samples is the same (U test). */
        SAMPLES_EQUAL("all samples are equal"),
        /** Both samples have zero variance (t-test). */
        ZERO_VARIANCE("sample has zero variance");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /** Go's error text for this reason. */
        public String message() {
            return message;
        }
    }

    private final Reason reason;

    /** An exception whose message is {@code reason.message()}. */
    public StatsException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    /**
     * No stack trace: the comparison of every pair of constant samples (B/op, allocs/op) ends in this exception,
     * which becomes a "~" and a footnote, never a trace for the user; filling the trace cost more than the test.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** Why the test could not be computed. */
    public Reason reason() {
        return reason;
    }
}
