package dev.jbench.harness.alloc;

/**
 * The exact allocation counter cannot run in this JVM. The message says why and what to do; it is meant to be
 * shown to the user once, after which jbench prints B/op without allocs/op.
 */
public final class AllocCountingUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why counting is unavailable and what to install or set (one line, no trailing period, no
     *                "allocs/op unavailable" prefix)
     */
    public AllocCountingUnavailableException(String message) {
        super(message);
    }

    /** @param message see {@link #AllocCountingUnavailableException(String)}; {@code cause} the underlying error */
    public AllocCountingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
