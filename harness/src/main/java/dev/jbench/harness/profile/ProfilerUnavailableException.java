package dev.jbench.harness.profile;

/** async-profiler cannot run here; the message says why and what still works. */
public final class ProfilerUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProfilerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
