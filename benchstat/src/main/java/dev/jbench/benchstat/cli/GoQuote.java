package dev.jbench.benchstat.cli;

/** Go's {@code strconv.Quote} ({@code %q}), used to echo flag values in error messages as Go's flag package does. */
final class GoQuote {

    private GoQuote() {
    }

    /** Returns {@code s} double-quoted, with Go escapes for quotes, backslashes and non-printable characters. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0b -> b.append("\\v");
                default -> {
                    if (isPrint(c)) {
                        b.appendCodePoint(c);
                    } else if (c < 0x80) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
                    } else if (c < 0x10000) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                    } else {
                        b.append(String.format(java.util.Locale.ROOT, "\\U%08x", c));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** Approximates Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    private static boolean isPrint(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
