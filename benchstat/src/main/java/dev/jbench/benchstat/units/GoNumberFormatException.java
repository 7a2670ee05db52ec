package dev.jbench.benchstat.units;

/**
 * A number that Go's {@code strconv} would reject, with Go's reason. The message has Go's shape,
 * {@code strconv.ParseFloat: parsing "abc": invalid syntax}; callers that print Go's short form use
 * {@link Reason#text()}.
 */
public final class GoNumberFormatException extends NumberFormatException {
    private static final long serialVersionUID = 1L;

    /** Why the input was rejected; the text is Go's {@code strconv.ErrSyntax}/{@code ErrRange} message. */
    public enum Reason {
        /** The input is not a number in Go syntax. */
        SYNTAX("invalid syntax"),
        /** The input is a number, but too large for the type (floats: overflow to infinity). */
        RANGE("value out of range");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** Go's text for this reason, e.g. {@code invalid syntax}. */
        public String text() {
            return text;
        }
    }

    private final Reason reason;

    GoNumberFormatException(String function, String input, Reason reason) {
        super("strconv." + function + ": parsing \"" + input + "\": " + reason.text);
        this.reason = reason;
    }

    /** Why the input was rejected. */
    public Reason reason() {
        return reason;
    }

    /** No stack trace: bad numbers are ordinary input errors, and readers may see many of them. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
