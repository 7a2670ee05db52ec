package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.GoUnicode;

/**
 * Byte-level helpers that reproduce how Go's benchfmt scans UTF-8 input without decoding whole lines: field
 * splitting on Go Unicode space and rune decoding with Go's rule that an invalid byte decodes to U+FFFD of size 1.
 */
final class Utf8 {
    static final int RUNE_ERROR = 0xFFFD;

    private Utf8() {
    }

    /** End (exclusive) of the field starting at {@code i}: the index of the first space at or after i, or end. */
    static int fieldEnd(byte[] b, int i, int end) {
        for (; i < end; i++) {
            int c = b[i];
            if (c >= 0) {
                if (c == ' ' || (c >= '\t' && c <= '\r')) {
                    return i;
                }
            } else if (GoUnicode.spaceLength(b, i, end) != 0) {
                return i;
            }
        }
        return end;
    }

    /** Index of the first non-space byte at or after {@code i}. */
    static int skipSpaces(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                if (!(c == ' ' || (c >= '\t' && c <= '\r'))) {
                    return i;
                }
                i++;
            } else {
                int n = GoUnicode.spaceLength(b, i, end);
                if (n == 0) {
                    return i;
                }
                i += n;
            }
        }
        return end;
    }

    /**
     * Decodes the rune at {@code b[i]}, like Go's {@code utf8.DecodeRune}: returns {@code (size << 24) | codePoint};
     * an invalid or truncated sequence (overlong, surrogate, above U+10FFFF) gives U+FFFD with size 1.
     */
    static int decode(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return (1 << 24) | b0;
        }
        int need;
        int cp;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            return (1 << 24) | RUNE_ERROR;
        }
        if (i + need >= end) {
            return (1 << 24) | RUNE_ERROR;
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return (1 << 24) | RUNE_ERROR;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return (1 << 24) | RUNE_ERROR;
        }
        return ((need + 1) << 24) | cp;
    }
}
