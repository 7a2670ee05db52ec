package dev.jbench.benchstat.projection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Go RE2 regexps (as {@code regexp.Compile} accepts them) to {@link java.util.regex.Pattern}s that match
 * the same strings when searched unanchored ({@link java.util.regex.Matcher#find()}).
 *
 * <p>java.util.regex is close to RE2 but not equal, so the expression is translated once, at parse time:
 * <ul>
 * <li>rejected as in Go, with Go's message: possessive and stacked repetitions ({@code a*+}, {@code a**}),
 * look-around and atomic groups, back-references ({@code \1}), escapes RE2 lacks ({@code \Z}, {@code \e},
 * {@code \R}, {@code \h}, ...), repeat counts over 1000, reversed ranges, unbalanced parentheses;</li>
 * <li>rewritten: octal {@code \12} and {@code \0}, {@code \v} (a single char in RE2, a class in Java), {@code \s}
 * (RE2 excludes {@code \v}), POSIX classes {@code [[:alpha:]]}, {@code \p{Greek}} scripts, {@code (?P<name>)},
 * a literal {@code {} that is not a repeat, {@code [} and {@code &&} inside classes (literal in RE2, nesting and
 * intersection in Java), the ungreedy flag {@code U} (swaps greedy and lazy), and {@code $} without {@code m}
 * (end of text in RE2; Java also matches before a final newline);</li>
 * <li>matched with {@code UNIX_LINES} so that {@code .}, {@code ^} and {@code $} only know {@code \n}, and
 * {@code UNICODE_CASE} so {@code (?i)} folds beyond ASCII as RE2 does.</li>
 * </ul>
 * {@code \b} and {@code \B} are spelled out with ASCII look-arounds, since Java 17's {@code \b} also counts
 * non-ASCII letters as word characters. Known remaining differences: {@code (?i)} uses Java's case-folding tables
 * rather than Go's simple folding orbits; {@code \p{Name}} accepts Java's spellings of categories and scripts
 * rather than Go's canonicalized names (e.g. Go's {@code \p{Letter}} alias); a flag group {@code (?i)} directly
 * before a repetition operator is rejected (Go would repeat the preceding item); Go's limits on total program
 * size ("expression too large") are not enforced.
 */
final class Re2 {

    /** A regexp that Go's {@code regexp.Compile} rejects; the message is Go's. */
    static final class Re2SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        Re2SyntaxException(String code, String arg) {
            super("error parsing regexp: " + code + ": `" + arg + "`");
        }
    }

    private static final int MAX_REPEAT = 1000;
    private static final String W = "[0-9A-Za-z_]";
    private static final String ASCII_WORD_BOUNDARY = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";
    private static final String ASCII_NON_BOUNDARY = "(?:(?<=" + W + ")(?=" + W + ")|(?<!" + W + ")(?!" + W + "))";

    private final String re;
    private final StringBuilder out = new StringBuilder();
    private int i;
    /** Flag state: multi-line and ungreedy; others are passed to Java, whose scoping matches RE2's. */
    private boolean multiLine;
    private boolean ungreedy;
    private final Deque<boolean[]> saved = new ArrayDeque<>();
    private final Set<String> names = new HashSet<>();
    /** Whether the last item can take a repetition operator, and where the last repetition operator began. */
    private boolean repeatable;
    private int lastRepeatStart = -1;

    private Re2(String re) {
        this.re = re;
    }

    static Pattern compile(String re) throws Re2SyntaxException {
        String java = new Re2(re).translate();
        try {
            return Pattern.compile(java, Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            // Translation should leave nothing Java rejects; report it in Go's shape if it does.
            throw new Re2SyntaxException("invalid or unsupported Perl syntax", re);
        }
    }

    private String translate() throws Re2SyntaxException {
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            int repeatStart = -1;
            switch (c) {
                case '(' -> group();
                case ')' -> {
                    if (saved.isEmpty()) {
                        throw new Re2SyntaxException("unexpected )", re);
                    }
                    boolean[] f = saved.pop();
                    multiLine = f[0];
                    ungreedy = f[1];
                    out.append(')');
                    i++;
                    repeatable = true;
                }
                case '|' -> {
                    out.append('|');
                    i++;
                    repeatable = false;
                }
                case '*', '+', '?' -> {
                    repeatStart = i;
                    i++;
                    repetition(repeatStart, String.valueOf(c));
                }
                case '{' -> {
                    int end = repeatEnd(i);
                    if (end < 0) {
                        out.append("\\{"); // not a repeat: RE2 takes "{" literally, Java would reject it
                        i++;
                        repeatable = true;
                    } else {
                        repeatStart = i;
                        String op = re.substring(i, end);
                        checkRepeatCount(op);
                        i = end;
                        repetition(repeatStart, op);
                    }
                }
                case '[' -> {
                    charClass();
                    repeatable = true;
                }
                case '$' -> {
                    out.append(multiLine ? "$" : "\\z");
                    i++;
                    repeatable = true;
                }
                case '\\' -> escape();
                case '}', ']' -> {
                    out.append('\\').append(c);
                    i++;
                    repeatable = true;
                }
                default -> {
                    int cp = re.codePointAt(i);
                    out.appendCodePoint(cp);
                    i += Character.charCount(cp);
                    repeatable = true;
                }
            }
            if (repeatStart < 0) {
                lastRepeatStart = -1;
            } else {
                lastRepeatStart = repeatStart;
            }
        }
        if (!saved.isEmpty()) {
            throw new Re2SyntaxException("missing closing )", re);
        }
        return out.toString();
    }

    /** Emits a repetition operator {@code op} that began at {@code start}, plus an optional lazy "?". */
    private void repetition(int start, String op) throws Re2SyntaxException {
        boolean lazy = i < re.length() && re.charAt(i) == '?';
        if (lazy) {
            i++;
        }
        if (lastRepeatStart >= 0) {
            throw new Re2SyntaxException("invalid nested repetition operator", re.substring(lastRepeatStart, i));
        }
        if (!repeatable) {
            throw new Re2SyntaxException("missing argument to repetition operator", re.substring(start, i));
        }
        out.append(op);
        if (lazy != ungreedy) {
            out.append('?');
        }
    }

    /** End index of a well-formed repeat {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code from}, else -1. */
    private int repeatEnd(int from) {
        int j = number(from + 1);
        if (j < 0 || j >= re.length()) {
            return -1;
        }
        if (re.charAt(j) == ',') {
            j++;
            if (j < re.length() && re.charAt(j) != '}') {
                j = number(j);
                if (j < 0) {
                    return -1;
                }
            }
        }
        return j < re.length() && re.charAt(j) == '}' ? j + 1 : -1;
    }

    /** End of a decimal number at {@code from} (Go's {@code parseInt}: no leading zeros), or -1. */
    private int number(int from) {
        int j = from;
        while (j < re.length() && re.charAt(j) >= '0' && re.charAt(j) <= '9') {
            j++;
        }
        if (j == from || (j - from >= 2 && re.charAt(from) == '0')) {
            return -1;
        }
        return j;
    }

    private void checkRepeatCount(String op) throws Re2SyntaxException {
        String body = op.substring(1, op.length() - 1);
        int comma = body.indexOf(',');
        long min = parseCount(comma < 0 ? body : body.substring(0, comma));
        long max = comma < 0 ? min : body.length() == comma + 1 ? -1 : parseCount(body.substring(comma + 1));
        if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new Re2SyntaxException("invalid repeat count", op);
        }
    }

    private static long parseCount(String digits) {
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private void group() throws Re2SyntaxException {
        int start = i;
        if (!re.startsWith("(?", i)) {
            open(multiLine, ungreedy);
            out.append('(');
            i++;
            return;
        }
        boolean named = re.startsWith("(?P<", i) || (re.startsWith("(?<", i));
        if (named) {
            int nameStart = re.charAt(i + 2) == 'P' ? i + 4 : i + 3;
            int close = re.indexOf('>', nameStart);
            if (close < 0) {
                throw new Re2SyntaxException("invalid named capture", re.substring(start));
            }
            String name = re.substring(nameStart, close);
            if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
                throw new Re2SyntaxException("invalid named capture", re.substring(start, close + 1));
            }
            if (!names.add(name)) {
                throw new Re2SyntaxException("duplicate capture group name", name);
            }
            open(multiLine, ungreedy);
            out.append('('); // the name is never used; Java's group-name rules are stricter than RE2's
            i = close + 1;
            return;
        }
        // Flags: (?flags) or (?flags:re), flags = [imsU]* ["-" [imsU]*].
        boolean m = multiLine;
        boolean u = ungreedy;
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean negated = false;
        boolean sawFlag = false;
        int j = i + 2;
        while (j < re.length()) {
            char c = re.charAt(j);
            switch (c) {
                case 'i', 'm', 's', 'U' -> {
                    sawFlag = true;
                    if (c == 'm') {
                        m = !negated;
                    }
                    if (c == 'U') {
                        u = !negated;
                    } else {
                        (negated ? off : on).append(c);
                    }
                    j++;
                }
                case '-' -> {
                    if (negated) {
                        throw new Re2SyntaxException("invalid or unsupported Perl syntax", re.substring(start, j + 1));
                    }
                    negated = true;
                    sawFlag = false;
                    j++;
                }
                case ':', ')' -> {
                    if (negated && !sawFlag) {
                        throw new Re2SyntaxException("invalid or unsupported Perl syntax", re.substring(start, j + 1));
                    }
                    String javaFlags = on + (off.length() > 0 ? "-" + off : "");
                    i = j + 1;
                    if (c == ':') {
                        open(multiLine, ungreedy);
                        out.append("(?").append(javaFlags).append(':');
                    } else if (!javaFlags.isEmpty()) {
                        out.append("(?").append(javaFlags).append(')');
                    }
                    multiLine = m;
                    ungreedy = u;
                    if (c == ')') {
                        // A flag change is not an item: the previous item (if any) stays repeatable in RE2, but
                        // Java would not accept a quantifier here, so be conservative.
                        repeatable = false;
                    }
                    return;
                }
                default -> throw new Re2SyntaxException("invalid or unsupported Perl syntax",
                        re.substring(start, j + 1));
            }
        }
        throw new Re2SyntaxException("missing closing )", re);
    }

    private void open(boolean m, boolean u) {
        saved.push(new boolean[] {m, u});
        repeatable = false;
    }

    /** An escape outside a character class. */
    private void escape() throws Re2SyntaxException {
        if (i + 1 >= re.length()) {
            throw new Re2SyntaxException("trailing backslash at end of expression", "");
        }
        char c = re.charAt(i + 1);
        switch (c) {
            case 'A', 'z' -> {
                out.append('\\').append(c);
                i += 2;
                repeatable = true;
            }
            case 'b', 'B' -> {
                // RE2's word boundary is ASCII-only; Java 17's \b also counts non-ASCII letters as word chars.
                out.append(c == 'b' ? ASCII_WORD_BOUNDARY : ASCII_NON_BOUNDARY);
                i += 2;
                repeatable = true;
            }
            case 'C' -> {
                out.append("(?s:.)");
                i += 2;
                repeatable = true;
            }
            case 'Q' -> {
                int end = re.indexOf("\\E", i + 2);
                String lit = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
                i = end < 0 ? re.length() : end + 2;
                lit.codePoints().forEach(cp -> out.append(literal(cp)));
                repeatable = repeatable || !lit.isEmpty();
            }
            case 'd', 'D', 'w', 'W' -> {
                out.append('\\').append(c);
                i += 2;
                repeatable = true;
            }
            case 's' -> {
                out.append("[\\t\\n\\f\\r ]");
                i += 2;
                repeatable = true;
            }
            case 'S' -> {
                out.append("[^\\t\\n\\f\\r ]");
                i += 2;
                repeatable = true;
            }
            case 'p', 'P' -> {
                out.append(unicodeClass(false));
                repeatable = true;
            }
            default -> {
                out.append(literal(escapedChar()));
                repeatable = true;
            }
        }
    }

    /** A single-character escape at {@code i} (Go's {@code parseEscape}); advances past it. */
    private int escapedChar() throws Re2SyntaxException {
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
    private String unicodeClass(boolean inClass) throws Re2SyntaxException {
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
        } else {
            String prop = name.length() <= 2 ? name : "Is" + name;
            java = (negate ? "\\P{" : "\\p{") + prop + "}";
            try {
                Pattern.compile(java);
            } catch (PatternSyntaxException e) {
                throw new Re2SyntaxException("invalid character class range", re.substring(start, i));
            }
        }
        return java;
    }

    /** A character class {@code [...]} at {@code i} (Go's {@code parseClass}); advances past it. */
    private void charClass() throws Re2SyntaxException {
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
                    cls.append(unicodeClass(true));
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
        out.append(cls).append(']');
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
    private static String literal(int cp) {
        if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == ' ')) {
            return String.valueOf((char) cp);
        }
        if (cp >= 128 && Character.isLetter(cp)) {
            return new String(Character.toChars(cp));
        }
        return String.format(Locale.ROOT, "\\x{%x}", cp);
    }
}
