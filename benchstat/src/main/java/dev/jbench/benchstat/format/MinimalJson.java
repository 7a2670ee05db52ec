package dev.jbench.benchstat.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON parser for {@link JmhJsonReader}: objects (insertion-ordered maps), arrays, strings, numbers (as
 * {@code Double}), booleans and null, tracking 1-based line numbers for error messages. No dependency, no reflection:
 * jbenchstat's start-up time matters more than JSON generality.
 */
final class MinimalJson {

    /** A JSON syntax or shape error at a line. */
    static final class JsonError extends Exception {
        final int line;

        JsonError(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    final String s;
    int pos;
    int line = 1;

    MinimalJson(String s) {
        this.s = s;
    }

    static String numberText(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    JsonError error(String what) {
        return new JsonError(line, "invalid JSON: " + what);
    }

    void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    boolean consume(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(char c) throws JsonError {
        if (!consume(c)) {
            throw error("expected '" + c + "'" + (pos < s.length() ? " at '" + s.charAt(pos) + "'" : " at end of file"));
        }
    }

    Object value() throws JsonError {
        skipSpace();
        if (pos >= s.length()) {
            throw error("unexpected end of file");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            default:
                break;
        }
        if (s.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            if (pos > start && (c == '-' || (c >= '0' && c <= '9'))) {
                return Double.parseDouble(s.substring(start, pos));
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        pos = start;
        throw error("unexpected character '" + c + "'");
    }

    private Map<String, Object> object() throws JsonError {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipSpace();
        if (consume('}')) {
            return m;
        }
        do {
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != '"') {
                throw error("expected a quoted object key");
            }
            String key = string();
            skipSpace();
            expect(':');
            m.put(key, value());
            skipSpace();
        } while (consume(','));
        expect('}');
        return m;
    }

    private List<Object> array() throws JsonError {
        pos++;
        List<Object> l = new ArrayList<>();
        skipSpace();
        if (consume(']')) {
            return l;
        }
        do {
            l.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return l;
    }

    private String string() throws JsonError {
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\n') {
                throw error("newline in string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw error("bad \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
        throw error("unterminated string");
    }
}
