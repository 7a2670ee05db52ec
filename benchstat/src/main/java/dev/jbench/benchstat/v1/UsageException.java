package dev.jbench.benchstat.v1;

/** A command-line error: the message is printed with the usage text and the command exits with status 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
