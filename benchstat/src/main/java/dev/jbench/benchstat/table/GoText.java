package dev.jbench.benchstat.table;

/** Go's notions of white space and string length, which differ from Java's {@link Character#isWhitespace}. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}: Latin-1 spaces incl. U+0085 and U+00A0, else the White_Space property. */
    static boolean isSpace(int cp) {
        if (cp <= 0xFF) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
        }
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Go's {@code strings.TrimSpace(s) == ""}. */
    static boolean isBlank(String s) {
        // A plain loop: this runs for every cell's label and warning, and a code point stream allocates 5 objects.
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Length in code points, as Go's {@code utf8.RuneCountInString}. */
    static int runes(String s) {
        return s.codePointCount(0, s.length());
    }
}
