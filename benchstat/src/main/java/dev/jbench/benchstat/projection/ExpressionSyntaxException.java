package dev.jbench.benchstat.projection;

/**
 * A malformed filter or projection expression (Go's {@code benchproc/internal/parse.SyntaxError}).
 *
 * <p>{@link #getMessage()} is exactly what Go prints: {@code syntax error: <description>}, then a tab and the
 * query, then a tab and a caret under the offending position, e.g.
 * <pre>
 * syntax error: unknown order "foo"
 * 	/x@foo
 * 	   ^
 * </pre>
 * The CLI prefixes it with the flag ({@code parsing -col: }). Like {@link java.util.regex.PatternSyntaxException}
 * it is unchecked: it reports invalid user input passed as an argument.
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String description;
    private final String query;
    private final int offset;

    /**
     * @param description what is wrong, without position (e.g. {@code missing ")"})
     * @param query       the whole expression as the user wrote it
     * @param offset      index (in Java chars) into {@code query} of the offending token, in [0, query.length()];
     *                    for ASCII queries this equals Go's byte offset
     */
    public ExpressionSyntaxException(String description, String query, int offset) {
        super(description);
        this.description = description;
        this.query = query;
        this.offset = offset;
    }

    /** What is wrong, without position; Go's {@code SyntaxError.Msg}. */
    public String description() {
        return description;
    }

    /** The whole expression as the user wrote it. */
    public String query() {
        return query;
    }

    /** Index in Java chars into {@link #query()} of the offending token, in [0, query().length()]. */
    public int offset() {
        return offset;
    }

    /**
     * Column of the caret: the number of graphic code points (Go's {@code unicode.IsGraphic}) before
     * {@link #offset()}. A tab in the query therefore does not move the caret, exactly as in Go.
     */
    public int caretColumn() {
        int col = 0;
        for (int i = 0; i < offset && i < query.length(); ) {
            int cp = query.codePointAt(i);
            if (GoText.isGraphic(cp)) {
                col++;
            }
            i += Character.charCount(cp);
        }
        return col;
    }

    /** Go's three-line rendering: message, query, caret (lines separated by {@code \n}, no trailing newline). */
    @Override
    public String getMessage() {
        return "syntax error: " + description + "\n\t" + query + "\n\t" + " ".repeat(caretColumn()) + "^";
    }
}
