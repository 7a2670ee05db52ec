package dev.jbench.benchstat.projection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax tree of a filter expression ({@code parse.Filter}): a boolean operator or a key match.
 * {@link #toString()} renders a canonical expression that parses back to the same tree.
 */
sealed interface FilterNode {

    /** Boolean operators. {@link #NOT} has one operand; AND and OR have zero or more. */
    enum Op { AND, OR, NOT }

    /**
     * A boolean combination. An empty AND is {@code *} (true), an empty OR is {@code -*} (false).
     *
     * @param op    the operator
     * @param exprs the operands
     */
    record OpNode(Op op, List<FilterNode> exprs) implements FilterNode {
        @Override
        public String toString() {
            if (op == Op.NOT) {
                return "-" + exprs.get(0);
            }
            if (exprs.isEmpty()) {
                return op == Op.AND ? "*" : "-*";
            }
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < exprs.size(); i++) {
                if (i > 0) {
                    b.append(op == Op.AND ? " AND " : " OR ");
                }
                b.append(exprs.get(i));
            }
            return b.append(')').toString();
        }
    }

    /**
     * A leaf testing one key: an exact literal match or an unanchored regexp search.
     *
     * @param key     the key, e.g. {@code .name}, {@code /size}, {@code goos}
     * @param regexp  the regexp, or {@code null} for a literal match
     * @param source  the regexp's source as written, or {@code null}
     * @param literal the literal value when {@code regexp} is null; for a regexp without metacharacters, its
     *                source (a substring to search for)
     * @param offset  index of the key in the query, for errors found after parsing
     */
    record MatchNode(String key, Pattern regexp, String source, String literal, int offset) implements FilterNode {

        /** A regexp without metacharacters is a plain substring search: no Matcher per result. */
        private static final java.util.regex.Pattern META = java.util.regex.Pattern.compile("[\\\\.+*?()|\\[\\]{}^$]");

        public MatchNode {
            if (source != null && !META.matcher(source).find()) {
                literal = source;
            }
        }

        /** Whether {@code value} (the key's value in some result) matches. */
        boolean matches(String value) {
            if (regexp == null) {
                return literal.equals(value);
            }
            return literal != null ? value.contains(literal) : regexp.matcher(value).find();
        }

        @Override
        public String toString() {
            return regexp != null
                    ? Lexer.quoteWord(key) + ":/" + source + "/"
                    : Lexer.quoteWord(key) + ":" + Lexer.quoteWord(literal);
        }
    }
}
