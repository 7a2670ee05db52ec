package dev.jbench.benchstat.projection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Go RE2 regexps (as {@code regexp.Compile} accepts them) to {@link java.util.regex.Pattern}s that match
 * the same strings when searched unanchored ({@link java.util.regex.Matcher#find()}).
 *
 * <p>The reference benchstat was built with Go 1.19, so this follows Go 1.19's regexp/syntax. java.util.regex is
 * close to RE2 but not equal, so the expression is translated once, at parse time:
 * <ul>
 * <li>rejected as in Go, with Go's message: possessive and stacked repetitions ({@code a*+}, {@code a**}),
 * look-around and atomic groups, {@code (?<name>)} (Go 1.22+ only), back-references ({@code \1}), escapes RE2
 * lacks ({@code \Z}, {@code \e}, {@code \R}, {@code \C}, ...), repeat counts over 1000, reversed ranges,
 * {@code \p} names that are not Go's categories or scripts ({@code \p{greek}}, {@code \p{Cn}}), unbalanced
 * parentheses;</li>
 * <li>rewritten: octal {@code \12} and {@code \0}, {@code \v} (a single char in RE2, a class in Java), {@code \s}
 * (RE2 excludes {@code \v}), POSIX classes {@code [[:alpha:]]}, {@code \p{Greek}} scripts, {@code (?P<name>)},
 * a literal "{" that is not a repeat ({@code a{,2}}, {@code a{01}}), "[" and "&&" inside classes (literal in
 * RE2, nesting and intersection in Java), the ungreedy flag {@code U} (swaps greedy and lazy), {@code $} without
 * {@code m} (end of text in RE2; Java also matches before a final newline), and {@code \b}/{@code \B} (ASCII
 * look-arounds: Java 17's {@code \b} also counts non-ASCII letters as word characters);</li>
 * <li>matched with {@code UNIX_LINES} so that {@code .}, {@code ^} and {@code $} only know {@code \n}, and
 * {@code UNICODE_CASE} so {@code (?i)} folds beyond ASCII as RE2 does.</li>
 * </ul>
 * GoExpressionErrorsTest checks 164 expressions against the real benchstat. Known remaining differences:
 * {@code (?i)} uses Java's case-folding tables rather than Go's simple folding orbits; Go's limits on total
 * program size ("expression too large") are not enforced.
 */
final class Re2 {

    private static final int MAX_REPEAT = 1000;
    private static final String W = "[0-9A-Za-z_]";
    private static final String ASCII_WORD_BOUNDARY = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";
    private static final String ASCII_NON_BOUNDARY = "(?:(?<=" + W + ")(?=" + W + ")|(?<!" + W + ")(?!" + W + "))";

    private final String re;
    /** The cursor; {@code at.i} is the current index. */
    private final Re2Atoms at;
    private final StringBuilder out = new StringBuilder();
    /** Flag state: multi-line and ungreedy; others are passed to Java, whose scoping matches RE2's. */
    private boolean multiLine;
    private boolean ungreedy;
    private final Deque<boolean[]> saved = new ArrayDeque<>();
    /** Whether the last item can take a repetition operator, and where the last repetition operator began. */
    private boolean repeatable;
    private int lastRepeatStart = -1;

    private Re2(String re) {
        this.re = re;
        this.at = new Re2Atoms(re);
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
        while (at.i < n) {
            char c = re.charAt(at.i);
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
                    at.i++;
                    repeatable = true;
                }
                case '|' -> {
                    out.append('|');
                    at.i++;
                    repeatable = false;
                }
                case '*', '+', '?' -> {
                    repeatStart = at.i;
                    at.i++;
                    repetition(repeatStart, String.valueOf(c));
                }
                case '{' -> {
                    int end = repeatEnd(at.i);
                    if (end < 0) {
                        out.append("\\{"); // not a repeat: RE2 takes "{" literally, Java would reject it
                        at.i++;
                        repeatable = true;
                    } else {
                        repeatStart = at.i;
                        String op = re.substring(at.i, end);
                        checkRepeatCount(op);
                        at.i = end;
                        repetition(repeatStart, op);
                    }
                }
                case '[' -> {
                    out.append(at.charClass());
                    repeatable = true;
                }
                case '$' -> {
                    out.append(multiLine ? "$" : "\\z");
                    at.i++;
                    repeatable = true;
                }
                case '\\' -> escape();
                case '}', ']' -> {
                    out.append('\\').append(c);
                    at.i++;
                    repeatable = true;
                }
                default -> {
                    int cp = re.codePointAt(at.i);
                    out.appendCodePoint(cp);
                    at.i += Character.charCount(cp);
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
        boolean lazy = at.i < re.length() && re.charAt(at.i) == '?';
        if (lazy) {
            at.i++;
        }
        if (lastRepeatStart >= 0) {
            throw new Re2SyntaxException("invalid nested repetition operator", re.substring(lastRepeatStart, at.i));
        }
        if (!repeatable) {
            throw new Re2SyntaxException("missing argument to repetition operator", re.substring(start, at.i));
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
        int start = at.i;
        if (!re.startsWith("(?", at.i)) {
            open(multiLine, ungreedy);
            out.append('(');
            at.i++;
            return;
        }
        // Go 1.19 (which built the reference benchstat) knows only (?P<name>); (?<name> came in Go 1.22.
        boolean named = re.startsWith("(?P<", at.i) && re.length() - at.i > 4;
        if (named) {
            int nameStart = at.i + 4;
            int close = re.indexOf('>', nameStart);
            if (close < 0) {
                throw new Re2SyntaxException("invalid named capture", re.substring(start));
            }
            String name = re.substring(nameStart, close);
            if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
                throw new Re2SyntaxException("invalid named capture", re.substring(start, close + 1));
            }
            open(multiLine, ungreedy);
            out.append('('); // the name is never used; Java's group-name rules are stricter than RE2's
            at.i = close + 1;
            return;
        }
        // Flags: (?flags) or (?flags:re), flags = [imsU]* ["-" [imsU]*].
        boolean m = multiLine;
        boolean u = ungreedy;
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        boolean negated = false;
        boolean sawFlag = false;
        int j = at.i + 2;
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
                    at.i = j + 1;
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
        if (at.i + 1 >= re.length()) {
            throw new Re2SyntaxException("trailing backslash at end of expression", "");
        }
        char c = re.charAt(at.i + 1);
        switch (c) {
            case 'A', 'z' -> {
                out.append('\\').append(c);
                at.i += 2;
                repeatable = true;
            }
            case 'b', 'B' -> {
                // RE2's word boundary is ASCII-only; Java 17's \b also counts non-ASCII letters as word chars.
                out.append(c == 'b' ? ASCII_WORD_BOUNDARY : ASCII_NON_BOUNDARY);
                at.i += 2;
                repeatable = true;
            }
            case 'Q' -> {
                int end = re.indexOf("\\E", at.i + 2);
                String lit = end < 0 ? re.substring(at.i + 2) : re.substring(at.i + 2, end);
                at.i = end < 0 ? re.length() : end + 2;
                lit.codePoints().forEach(cp -> out.append(Re2Atoms.literal(cp)));
                repeatable = repeatable || !lit.isEmpty();
            }
            case 'd', 'D', 'w', 'W' -> {
                out.append('\\').append(c);
                at.i += 2;
                repeatable = true;
            }
            case 's' -> {
                out.append("[\\t\\n\\f\\r ]");
                at.i += 2;
                repeatable = true;
            }
            case 'S' -> {
                out.append("[^\\t\\n\\f\\r ]");
                at.i += 2;
                repeatable = true;
            }
            case 'p', 'P' -> {
                out.append(at.unicodeClass());
                repeatable = true;
            }
            default -> {
                out.append(Re2Atoms.literal(at.escapedChar()));
                repeatable = true;
            }
        }
    }

}
