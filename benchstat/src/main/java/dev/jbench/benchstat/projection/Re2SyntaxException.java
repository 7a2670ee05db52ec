package dev.jbench.benchstat.projection;

/** A regexp that Go's {@code regexp.Compile} rejects; the message is Go's ({@code error parsing regexp: ...}). */
final class Re2SyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    Re2SyntaxException(String code, String arg) {
        super("error parsing regexp: " + code + ": `" + arg + "`");
    }
}
