package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for filter expressions ({@code parse/filter.go}):
 * <pre>
 * expr    = andExpr {"OR" andExpr}
 * andExpr = match {"AND"? match}
 * match   = "(" expr ")" | "-" match | "*" | key ":" value | key ":" "(" value {"OR" value} ")"
 * value   = word | "/" regexp "/"
 * </pre>
 * Error messages and offsets are Go's.
 */
final class FilterParser {

    private final Lexer lex;

    private FilterParser(String query) {
        this.lex = new Lexer(query);
    }

    /** Parses {@code query}; throws {@link ExpressionSyntaxException} on the first error. */
    static FilterNode parse(String query) {
        FilterParser p = new FilterParser(query);
        Parsed r = p.expr(0);
        p.lex.end(r.pos);
        return r.node;
    }

    private record Parsed(FilterNode node, int pos) {
    }

    private Parsed expr(int pos) {
        List<FilterNode> terms = new ArrayList<>();
        while (true) {
            Parsed t = andExpr(pos);
            terms.add(t.node);
            pos = t.pos;
            Token op = lex.keyOrOp(pos);
            if (op.kind() != Token.OR) {
                break;
            }
            pos = op.end();
        }
        return new Parsed(terms.size() == 1 ? terms.get(0) : new FilterNode.OpNode(FilterNode.Op.OR, terms), pos);
    }

    private Parsed andExpr(int pos) {
        Parsed first = match(pos);
        List<FilterNode> terms = new ArrayList<>();
        terms.add(first.node);
        pos = first.pos;
        loop:
        while (true) {
            Token op = lex.keyOrOp(pos);
            switch (op.kind()) {
                case Token.AND -> pos = op.end(); // "AND" between matches is the same as no operator
                case '(', '-', '*', Token.WORD, Token.QUOTED -> {
                    Parsed t = match(pos);
                    terms.add(t.node);
                    pos = t.pos;
                }
                case ')', Token.OR, Token.EOF -> {
                    break loop;
                }
                default -> throw lex.error(op.start(), "unexpected " + GoText.quote(op.text()));
            }
        }
        return new Parsed(terms.size() == 1 ? terms.get(0) : new FilterNode.OpNode(FilterNode.Op.AND, terms), pos);
    }

    private Parsed match(int pos) {
        Token tok = lex.keyOrOp(pos);
        switch (tok.kind()) {
            case '(' -> {
                Parsed inner = expr(tok.end());
                Token close = lex.keyOrOp(inner.pos);
                if (close.kind() != ')') {
                    throw lex.error(close.start(), "missing \")\"");
                }
                return new Parsed(inner.node, close.end());
            }
            case '-' -> {
                Parsed inner = match(tok.end());
                return new Parsed(new FilterNode.OpNode(FilterNode.Op.NOT, List.of(inner.node)), inner.pos);
            }
            case '*' -> {
                return new Parsed(new FilterNode.OpNode(FilterNode.Op.AND, List.of()), tok.end());
            }
            case Token.WORD, Token.QUOTED -> {
                return keyValue(tok);
            }
            default -> throw lex.error(tok.start(), "expected key:value or subexpression");
        }
    }

    private Parsed keyValue(Token key) {
        Token colon = lex.keyOrOp(key.end());
        if (colon.kind() != ':') {
            throw lex.error(key.start(), "expected key:value");
        }
        Token val = lex.valueOrOp(colon.end());
        switch (val.kind()) {
            case Token.WORD, Token.QUOTED, Token.REGEXP -> {
                return new Parsed(leaf(key, val), val.end());
            }
            case '(' -> {
                List<FilterNode> terms = new ArrayList<>();
                int pos = val.end();
                while (true) {
                    Token v = lex.valueOrOp(pos);
                    if (v.kind() != Token.WORD && v.kind() != Token.QUOTED && v.kind() != Token.REGEXP) {
                        throw lex.error(v.start(), "expected value");
                    }
                    terms.add(leaf(key, v));
                    Token sep = lex.valueOrOp(v.end());
                    if (sep.kind() == ')') {
                        return new Parsed(new FilterNode.OpNode(FilterNode.Op.OR, terms), sep.end());
                    } else if (sep.kind() != Token.OR) {
                        throw lex.error(sep.start(), "value list must be separated by OR");
                    }
                    pos = sep.end();
                }
            }
            default -> throw lex.error(key.start(), "expected key:value");
        }
    }

    private static FilterNode leaf(Token key, Token val) {
        if (val.kind() == Token.REGEXP) {
            return new FilterNode.MatchNode(key.text(), val.pattern(), val.text(), null, key.start());
        }
        return new FilterNode.MatchNode(key.text(), null, null, val.text(), key.start());
    }
}
