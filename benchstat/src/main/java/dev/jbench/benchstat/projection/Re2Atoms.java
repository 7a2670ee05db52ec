package dev.jbench.benchstat.projection;

import java.util.Locale;
import java.util.Set;

/**
 * The lexical pieces of an RE2 expression that {@link Re2} translates: single-character escapes, Unicode and POSIX
 * classes and bracketed character classes (Go's {@code parseEscape}, {@code parseUnicodeClass},
 * {@code parseClass}). A cursor over the expression; each method starts at {@link #i} and advances past what it
 * read, throwing Go's error for malformed input.
 */
final class Re2Atoms {

    final String re;
    /** Current index into {@link #re}. */
    int i;

    /** Go 1.19's {@code unicode.Categories} keys (no {@code Cn}, no {@code LC}, unlike Java). */
    private static final Set<String> GO_CATEGORIES = Set.of("C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt",
            "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc",
            "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

    /**
     * Whether {@code name} is a key of Go's {@code unicode.Scripts}: a Unicode script under its full name, spelled
     * as Go does ({@code Greek}, {@code Old_Italic}); Java also accepts aliases and any case, Go does not. Go 1.19
     * and Java 17 both use Unicode 13.
     */
    private static boolean isGoScript(String name) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (script == Character.UnicodeScript.UNKNOWN || !script.name().equals(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (name.equals("SignWriting")) {
            return true;
        }
        for (String part : name.split("_", -1)) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))
                    || !part.substring(1).equals(part.substring(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    Re2Atoms(String re) {
        this.re = re;
    }

    /** A single-character escape at {@code i} (Go's {@code parseEscape}); advances past it. */
    int escapedChar() throws Re2SyntaxException {
        int start = i;
        if (i + 1 >= re.length()) {
            throw new Re2SyntaxException("trailing backslash at end of expression", "");
        }
        int c = re.codePointAt(i + 1);
        i += 1 + Character.charCount(c);
        switch (c) {
            case '1', '2', '3', '4', '5', '6', '7', '0' -> {
                // A lone non-zero digit would be a back-reference, which RE2 does not support.
                if (c != '0' && (i >= re.length() || re.charAt(i) < '0' || re.charAt(i) > '7')) {
                    break;
                }
                int v = c - '0';
                for (int k = 0; k < 2 && i < re.length() && re.charAt(i) >= '0' && re.charAt(i) <= '7'; k++) {
                    v = v * 8 + (re.charAt(i++) - '0');
                }
                return v;
            }
            case 'x' -> {
                // Go reports the escape up to where it stopped reading.
                if (i >= re.length()) {
                    break;
                }
                int c1 = re.codePointAt(i);
                i += Character.charCount(c1);
                if (c1 == '{') {
                    long v = 0;
                    int nhex = 0;
                    while (true) {
                        if (i >= re.length()) {
                            throw new Re2SyntaxException("invalid escape sequence", re.substring(start));
                        }
                        int d = re.codePointAt(i);
                        i += Character.charCount(d);
                        if (d == '}') {
                            break;
                        }
                        int h = d < 128 ? Character.digit(d, 16) : -1;
                        v = v * 16 + h;
                        if (h < 0 || v > Character.MAX_CODE_POINT) {
                            throw new Re2SyntaxException("invalid escape sequence", re.substring(start, i));
                        }
                        nhex++;
                    }
                    if (nhex == 0) {
                        break;
                    }
                    return (int) v;
                }
                int hi = c1 < 128 ? Character.digit(c1, 16) : -1;
                int lo = -1;
                if (i < re.length()) {
                    int c2 = re.codePointAt(i);
                    i += Character.charCount(c2);
                    lo = c2 < 128 ? Character.digit(c2, 16) : -1;
                }
                if (hi >= 0 && lo >= 0) {
                    return hi * 16 + lo;
                }
            }
            case 'a' -> {
                return 0x07;
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'v' -> {
                return 0x0B;
            }
            default -> {
                if (c < 128 && !Character.isLetterOrDigit(c)) {
                    return c; // escaped punctuation is literal
                }
            }
        }
        throw new Re2SyntaxException("invalid escape sequence", re.substring(start, Math.min(i, re.length())));
    }

    /** {@code \pN}, {@code \p{Name}}, {@code \p{^Name}}, {@code \PN} at {@code i}; advances past it. */
    String unicodeClass() throws Re2SyntaxException {
        int start = i;
        boolean negate = re.charAt(i + 1) == 'P';
        i += 2;
        if (i >= re.length()) {
            throw new Re2SyntaxException("invalid character class range", re.substring(start));
        }
        String name;
        if (re.charAt(i) == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
                throw new Re2SyntaxException("invalid character class range", re.substring(start));
            }
            name = re.substring(i + 1, close);
            i = close + 1;
        } else {
            int cp = re.codePointAt(i);
            name = new String(Character.toChars(cp));
            i += Character.charCount(cp);
        }
        if (name.startsWith("^")) {
            negate = !negate;
            name = name.substring(1);
        }
        String java;
        if (name.equals("Any")) {
            java = negate ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]";
        } else if (GO_CATEGORIES.contains(name)) {
            java = (negate ? "\\P{" : "\\p{") + name + "}";
        } else if (isGoScript(name)) {
            java = (negate ? "\\P{Is" : "\\p{Is") + name + "}";
        } else {
            throw new Re2SyntaxException("invalid character class range", re.substring(start, i));
        }
        return java;
    }

    /** A character class {@code [...]} at {@code i} (Go's {@code parseClass}); advances past it. */
    String charClass() throws Re2SyntaxException {
        int start = i;
        i++;
        StringBuilder cls = new StringBuilder("[");
        if (i < re.length() && re.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        boolean first = true;
        while (i >= re.length() || re.charAt(i) != ']' || first) {
            if (i >= re.length()) {
                throw new Re2SyntaxException("missing closing ]", re.substring(start));
            }
            first = false;
            char c = re.charAt(i);
            if (c == '[' && re.startsWith("[:", i)) {
                int close = re.indexOf(":]", i + 2);
                if (close >= 0) {
                    String name = re.substring(i + 2, close);
                    String posix = posixClass(name);
                    if (posix == null) {
                        throw new Re2SyntaxException("invalid character class range", re.substring(i, close + 2));
                    }
                    cls.append(posix);
                    i = close + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < re.length()) {
                char e = re.charAt(i + 1);
                String perl = switch (e) {
                    case 'd', 'D', 'w', 'W' -> "\\" + e;
                    case 's' -> "\\t\\n\\f\\r ";
                    case 'S' -> "[^\\t\\n\\f\\r ]";
                    default -> null;
                };
                if (perl != null) {
                    cls.append(perl);
                    i += 2;
                    continue;
                }
                if (e == 'p' || e == 'P') {
                    cls.append(unicodeClass());
                    continue;
                }
            }
            int rangeStart = i;
            int lo = classChar();
            if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
                i++;
                int hi = classChar();
                if (hi < lo) {
                    throw new Re2SyntaxException("invalid character class range", re.substring(rangeStart, i));
                }
                cls.append(literal(lo)).append('-').append(literal(hi));
            } else {
                cls.append(literal(lo));
            }
        }
        i++; // the closing ']'
        return cls.append(']').toString();
    }

    private int classChar() throws Re2SyntaxException {
        if (i >= re.length()) {
            throw new Re2SyntaxException("missing closing ]", re.substring(i));
        }
        if (re.charAt(i) == '\\') {
            return escapedChar();
        }
        int cp = re.codePointAt(i);
        i += Character.charCount(cp);
        return cp;
    }

    private static String posixClass(String name) {
        boolean negate = name.startsWith("^");
        String base = negate ? name.substring(1) : name;
        String prop = switch (base) {
            case "alnum" -> "Alnum";
            case "alpha" -> "Alpha";
            case "ascii" -> "ASCII";
            case "blank" -> "Blank";
            case "cntrl" -> "Cntrl";
            case "digit" -> "Digit";
            case "graph" -> "Graph";
            case "lower" -> "Lower";
            case "print" -> "Print";
            case "punct" -> "Punct";
            case "space" -> "Space";
            case "upper" -> "Upper";
            case "word" -> null;
            case "xdigit" -> "XDigit";
            default -> "";
        };
        if (prop == null) {
            return negate ? "\\W" : "\\w";
        }
        if (prop.isEmpty()) {
            return null;
        }
        return (negate ? "\\P{" : "\\p{") + prop + "}";
    }

    /** A code point as a Java regex literal that is safe both inside and outside classes. */
    static String literal(int cp) {
        if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == ' ')) {
            return String.valueOf((char) cp);
        }
        if (cp >= 128 && Character.isLetter(cp)) {
            return new String(Character.toChars(cp));
        }
        return String.format(Locale.ROOT, "\\x{%x}", cp);
    }
}
