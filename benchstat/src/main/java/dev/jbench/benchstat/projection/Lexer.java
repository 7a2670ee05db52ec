package dev.jbench.benchstat.projection;

import java.util.regex.Pattern;

/**
 * The tokenizer shared by filters and projections ({@code benchproc/internal/parse/tok.go}).
 *
 * <p>{@code ( ) : @ ,} are operators anywhere; {@code -} and {@code *} only at the start of a token, so
 * {@code foo-bar} is one word. {@code AND} and {@code OR} are keywords only as whole bare words. Lexing is
 * stateless: {@link #next} takes a position and returns a token that says where to resume, which lets the parsers
 * peek freely. The first error aborts parsing with an {@link ExpressionSyntaxException}; Go keeps only the first
 * error too, so throwing at that moment reports the same error.
 */
final class Lexer {

    private final String q;

    Lexer(String q) {
        this.q = q;
    }

    String query() {
        return q;
    }

    ExpressionSyntaxException error(int offset, String msg) {
        return new ExpressionSyntaxException(msg, q, offset);
    }

    static boolean isOp(char c) {
        return c == '(' || c == ')' || c == ':' || c == '@' || c == ',';
    }

    static boolean isStartOp(char c) {
        return isOp(c) || c == '-' || c == '*';
    }

    /** The next key or operator token (a {@code /} starts a bare word). */
    Token keyOrOp(int pos) {
        return next(pos, false);
    }

    /** The next value or operator token ({@code /regexp/} allowed). */
    Token valueOrOp(int pos) {
        return next(pos, true);
    }

    /** Throws unless only white space remains after {@code pos}. */
    void end(int pos) {
        Token t = keyOrOp(pos);
        if (t.kind() != Token.EOF) {
            throw error(t.start(), "unexpected " + GoText.quote(t.text()));
        }
    }

    private Token next(int pos, boolean allowRegexp) {
        int n = q.length();
        while (pos < n) {
            char c = q.charAt(pos);
            if (isStartOp(c)) {
                return new Token(c, pos, pos + 1, String.valueOf(c), null);
            } else if (GoText.isSpace(c)) {
                pos++;
            } else if (allowRegexp && c == '/') {
                return regexp(pos);
            } else if (c == '"') {
                return quotedWord(pos);
            } else {
                return bareWord(pos);
            }
        }
        return new Token(Token.EOF, n, n, "", null);
    }

    private Token quotedWord(int pos) {
        int i = pos + 1;
        // Go stops at the first '"' not preceded by a backslash (even an escaped one: "a\\" is unterminated).
        while (i < q.length() && (q.charAt(i) != '"' || q.charAt(i - 1) == '\\')) {
            i++;
        }
        if (i == q.length()) {
            throw error(pos, "missing end quote");
        }
        String word = GoText.unquote(q.substring(pos, i + 1));
        if (word == null) {
            throw error(pos, "bad escape sequence");
        }
        return new Token(Token.QUOTED, pos, i + 1, word, null);
    }

    private Token bareWord(int pos) {
        int end = pos;
        while (end < q.length() && !GoText.isSpace(q.charAt(end)) && !isOp(q.charAt(end))) {
            end++;
        }
        String word = q.substring(pos, end);
        char kind = word.equals("AND") ? Token.AND : word.equals("OR") ? Token.OR : Token.WORD;
        return new Token(kind, pos, end, word, null);
    }

    private Token regexp(int pos) {
        int close = regexpEnd(pos + 1);
        if (close < 0) {
            throw error(pos, "missing close \"/\"");
        }
        String expr = q.substring(pos + 1, close);
        Pattern pattern;
        try {
            pattern = Re2.compile(expr);
        } catch (Re2SyntaxException e) {
            throw error(pos, e.getMessage());
        }
        // To avoid confusion when "/" appears in the regexp itself, Go requires space or an operator after the
        // closing "/". Go tests the single byte after it, so only ASCII white space counts here.
        int after = close + 1;
        if (after < q.length()) {
            char c = q.charAt(after);
            boolean asciiSpace = c == ' ' || (c >= '\t' && c <= '\r');
            if (!asciiSpace && !isStartOp(c)) {
                throw error(after, "regexp must be followed by space or an operator (unescaped \"/\"?)");
            }
        }
        return new Token(Token.REGEXP, pos, after, expr, pattern);
    }

    /**
     * Index of the "/" that ends a regexp starting at {@code from}: the first "/" outside brackets and
     * parentheses, skipping backslash escapes; -1 if there is none. Like Go, an unmatched "]" is ignored.
     */
    private int regexpEnd(int from) {
        int brackets = 0;
        int parens = 0;
        for (int i = from; i < q.length(); i++) {
            char c = q.charAt(i);
            if (brackets == 0 && parens == 0 && c == '/') {
                return i;
            }
            switch (c) {
                case '[' -> brackets++;
                case ']' -> brackets = Math.max(0, brackets - 1);
                case '(' -> parens += brackets == 0 ? 1 : 0;
                case ')' -> parens -= brackets == 0 ? 1 : 0;
                case '\\' -> i++;
                default -> {
                }
            }
        }
        return -1;
    }

    /** Go's {@code quoteWord}: {@code s} as a word that tokenizes back to {@code s}. */
    static String quoteWord(String s) {
        if (s.isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == 0x07 || c == '\b' || isOp(c) || GoText.isSpace(c) || (i == 0 && (c == '-' || c == '*'))) {
                return GoText.quote(s);
            }
        }
        return s;
    }
}
