package dev.jbench.benchstat.projection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's character classes and string quoting, as the expression syntax uses them. Java's own notions differ
 * ({@link Character#isWhitespace} excludes U+00A0 and includes U+001C..U+001F), so the Go rules are spelled out here.
 */
final class GoText {

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}. All White_Space code points are in the BMP, so a char suffices. */
    static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** Go's {@code unicode.IsGraphic}: letters, marks, numbers, punctuation, symbols and Zs spaces. */
    static boolean isGraphic(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.SPACE_SEPARATOR:
                return true;
            default:
                return false;
        }
    }

    /** Go's {@code unicode.IsPrint}: graphic, but the only space allowed is U+0020. */
    private static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return isGraphic(cp) && Character.getType(cp) != Character.SPACE_SEPARATOR;
    }

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal for {@code s}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 0x07 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x0B -> b.append("\\v");
                default -> {
                    if (isPrint(cp)) {
                        b.appendCodePoint(cp);
                    } else if (cp < ' ' || cp == 0x7F) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
                    } else {
                        b.append(String.format(java.util.Locale.ROOT, "\\U%08x", cp));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /**
     * Go's {@code strconv.Unquote} for a double-quoted literal (including its quotes).
     *
     * @return the unquoted text, or {@code null} if the literal is malformed (Go's {@code ErrSyntax})
     */
    static String unquote(String lit) {
        int n = lit.length();
        if (n < 2 || lit.charAt(0) != '"' || lit.charAt(n - 1) != '"') {
            return null;
        }
        // Go strings are bytes: \x and octal escapes insert raw bytes, so build UTF-8 and decode at the end.
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 1;
        int end = n - 1;
        while (i < end) {
            char c = lit.charAt(i);
            if (c == '"' || c == '\n') {
                return null;
            }
            if (c != '\\') {
                int cp = lit.codePointAt(i);
                i += Character.charCount(cp);
                writeUtf8(out, cp);
                continue;
            }
            if (i + 1 >= end) {
                return null;
            }
            char e = lit.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(0x07);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(0x0B);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits > end) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 0; k < digits; k++) {
                        int d = Character.digit(lit.charAt(i + k), 16);
                        if (d < 0) {
                            return null;
                        }
                        v = v * 16 + d;
                    }
                    i += digits;
                    if (e == 'x') {
                        out.write(v);
                    } else {
                        if (v > Character.MAX_CODE_POINT || (v >= 0xD800 && v < 0xE000)) {
                            return null;
                        }
                        writeUtf8(out, v);
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > end) {
                        return null;
                    }
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        char d = lit.charAt(i + k);
                        if (d < '0' || d > '7') {
                            return null;
                        }
                        v = v * 8 + (d - '0');
                    }
                    if (v > 255) {
                        return null;
                    }
                    i += 2;
                    out.write(v);
                }
                default -> {
                    return null;
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }
}
