package dev.jbench.benchstat.format;

/**
 * A malformed input line. Not fatal: readers report it as a record and carry on.
 *
 * @param fileName the input's name, or {@code null} when it has none (printed as {@code <unknown>})
 * @param line     1-based physical line number
 * @param msg      what is wrong, without position
 */
public record SyntaxError(String fileName, int line, String msg) implements Record {

    /** The message exactly as Go's benchstat prints it: {@code file:line: msg}. */
    @Override
    public String toString() {
        return (fileName == null ? "<unknown>" : fileName) + ":" + line + ": " + msg;
    }
}
