package dev.jbench.benchstat.projection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import dev.jbench.benchstat.units.GoStrconv;
import dev.jbench.benchstat.units.GoUnicode;

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

    /** Go's {@code unicode.IsGraphic}. */
    static boolean isGraphic(int cp) {
        return GoUnicode.isGraphic(cp);
    }

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal for {@code s}. */
    static String quote(String s) {
        return GoStrconv.quote(s);
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
