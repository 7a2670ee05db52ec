package dev.jbench.benchstat.units;

/**
 * Go's {@code unicode} predicates that benchstat relies on. They differ from {@link Character}'s: Go's space set is
 * the Unicode White_Space property (it includes U+00A0 and U+202F, which {@link Character#isWhitespace} excludes,
 * and excludes U+001C..U+001F, which it includes), and Go's lower/upper case are exactly the general categories
 * Ll/Lu (Java's also count Other_Lowercase/Other_Uppercase).
 */
public final class GoUnicode {

    private GoUnicode() {
    }

    /** Go {@code unicode.IsSpace}: the White_Space property. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r');
        }
        switch (cp) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** Go {@code unicode.IsLower}: general category Ll. */
    public static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.getType(cp) == Character.LOWERCASE_LETTER;
    }

    /** Go {@code unicode.IsUpper}: general category Lu. */
    public static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /**
     * The length in bytes of the Go space rune starting at {@code buf[i]} (valid UTF-8), or 0 if there is none.
     * Checking the encodings byte-wise is equivalent to Go's decode-then-test: every multi-byte space starts with a
     * lead byte, which can never be a continuation byte of another rune.
     *
     * @param buf UTF-8 bytes
     * @param i   index of the byte to test, {@code 0 <= i < end}
     * @param end exclusive end of the valid region
     */
    public static int spaceLength(byte[] buf, int i, int end) {
        int b = buf[i] & 0xFF;
        if (b < 0x80) {
            return (b == ' ' || (b >= '\t' && b <= '\r')) ? 1 : 0;
        }
        if (b == 0xC2) {
            if (i + 1 < end) {
                int b1 = buf[i + 1] & 0xFF;
                return (b1 == 0x85 || b1 == 0xA0) ? 2 : 0;
            }
            return 0;
        }
        if (b < 0xE1 || b > 0xE3 || i + 2 >= end) {
            return 0;
        }
        int b1 = buf[i + 1] & 0xFF;
        int b2 = buf[i + 2] & 0xFF;
        if (b == 0xE1) {
            return (b1 == 0x9A && b2 == 0x80) ? 3 : 0;
        }
        if (b == 0xE3) {
            return (b1 == 0x80 && b2 == 0x80) ? 3 : 0;
        }
        // b == 0xE2: U+2000..U+200A, U+2028, U+2029, U+202F (E2 80 xx) and U+205F (E2 81 9F).
        if (b1 == 0x80) {
            return ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) ? 3 : 0;
        }
        return (b1 == 0x81 && b2 == 0x9F) ? 3 : 0;
    }

    /** Go's {@code unicode.IsGraphic}: letters, marks, numbers, punctuation, symbols and Zs spaces. */
    public static boolean isGraphic(int cp) {
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
    public static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return isGraphic(cp) && Character.getType(cp) != Character.SPACE_SEPARATOR;
    }
}
