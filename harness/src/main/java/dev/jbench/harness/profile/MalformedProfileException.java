package dev.jbench.harness.profile;

/** A file that is not a pprof profile (or is truncated); the message says where decoding stopped. */
public final class MalformedProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedProfileException(String message) {
        super(message);
    }
}
