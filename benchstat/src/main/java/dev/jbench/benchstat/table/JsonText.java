package dev.jbench.benchstat.table;

import dev.jbench.benchstat.units.GoFloats;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Serializes a tree of {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null} as indented JSON. Doubles print as Go's {@code %v} ({@link GoFloats#formatShortest});
 * NaN and infinities, which JSON cannot express, print as {@code null}.
 */
final class JsonText {

    private final Appendable out;

    private JsonText(Appendable out) {
        this.out = out;
    }

    static void write(Object value, Appendable out) throws IOException {
        new JsonText(out).value(value, 0);
        out.append('\n');
    }

    private void value(Object v, int indent) throws IOException {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b.toString());
        } else if (v instanceof Double d) {
            out.append(Double.isFinite(d) ? GoFloats.formatShortest(d) : "null");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v.toString());
        } else if (v instanceof Map<?, ?> m) {
            object(m, indent);
        } else if (v instanceof List<?> l) {
            array(l, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private void object(Map<?, ?> m, int indent) throws IOException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            newlineIndent(indent + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), indent + 1);
        }
        out.append('\n');
        newlineIndent(indent);
        out.append('}');
    }

    private void array(List<?> l, int indent) throws IOException {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List));
        if (scalars) { // short lists of strings or numbers stay on one line
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(l.get(i), indent);
            }
            out.append(']');
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            newlineIndent(indent + 1);
            value(l.get(i), indent + 1);
        }
        out.append('\n');
        newlineIndent(indent);
        out.append(']');
    }

    private void newlineIndent(int indent) throws IOException {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private void string(String s) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
