package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Parser for projection expressions ({@code parse/projection.go}):
 * <pre>
 * expr = part {","? part}
 * part = key | key "@" order | key "@" "(" word {word} ")"
 * </pre>
 * The empty string is a valid projection with no fields. Error messages and offsets are Go's.
 */
final class ProjectionExprParser {

    private ProjectionExprParser() {
    }

    /** Parses {@code query}; throws {@link ExpressionSyntaxException} on the first error. */
    static List<FieldSpec> parse(String query) {
        Lexer lex = new Lexer(query);
        List<FieldSpec> fields = new ArrayList<>();
        int pos = 0;
        while (true) {
            Token peek = lex.keyOrOp(pos);
            if (peek.kind() == Token.EOF) {
                break;
            } else if (peek.kind() == ',' && !fields.isEmpty()) {
                pos = peek.end(); // optional separating comma
            }
            pos = field(lex, pos, fields);
        }
        lex.end(pos);
        return fields;
    }

    private static int field(Lexer lex, int pos, List<FieldSpec> out) {
        Token key = lex.keyOrOp(pos);
        if (!key.isWord()) {
            throw lex.error(key.start(), "expected key");
        }
        Token sep = lex.keyOrOp(key.end());
        if (sep.kind() != '@') {
            out.add(new FieldSpec(key.text(), FieldSpec.FIRST, List.of(), key.start(),
                    key.start() + key.text().length()));
            return key.end();
        }
        Token order = lex.keyOrOp(sep.end());
        if (order.isWord()) {
            out.add(new FieldSpec(key.text(), order.text(), List.of(), key.start(), order.start()));
            return order.end();
        }
        if (order.kind() != '(') {
            throw lex.error(order.start(), "expected named sort order or parenthesized list");
        }
        List<String> fixed = new ArrayList<>();
        int p = order.end();
        while (true) {
            Token t = lex.keyOrOp(p);
            if (t.isWord()) {
                fixed.add(t.text());
                p = t.end();
            } else if (t.kind() == ')') {
                if (fixed.isEmpty()) {
                    throw lex.error(t.start(), "nothing to match");
                }
                out.add(new FieldSpec(key.text(), FieldSpec.FIXED, List.copyOf(fixed), key.start(), order.start()));
                return t.end();
            } else {
                throw lex.error(t.start(), "missing )");
            }
        }
    }
}
