package dev.jbench.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's {@code -bench} matcher: the expression is split at every {@code /} that is not inside brackets or
 * parentheses (and not escaped), and element i must match (unanchored) level i of the name, levels being the
 * name's {@code /}-separated parts without the {@code -N} suffix. A name with more levels than the expression
 * matches on the extra levels; a name with fewer does not (Go would run it only to look for sub-benchmarks).
 */
public final class BenchPattern {

    private final List<Pattern> elements;

    private BenchPattern(List<Pattern> elements) {
        this.elements = elements;
    }

    /** @throws IllegalArgumentException with Go's style of message for a bad regexp element */
    public static BenchPattern compile(String expr) {
        List<Pattern> els = new ArrayList<>();
        for (String e : split(expr)) {
            try {
                els.add(Pattern.compile(e));
            } catch (PatternSyntaxException ex) {
                throw new IllegalArgumentException("invalid regexp \"" + e + "\" in \"" + expr + "\": "
                        + ex.getDescription());
            }
        }
        return new BenchPattern(els);
    }

    /** Go's splitRegexp. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int brackets = 0;
        int parens = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '[' -> brackets++;
                case ']' -> brackets = Math.max(0, brackets - 1);
                case '(' -> {
                    if (brackets == 0) {
                        parens++;
                    }
                }
                case ')' -> {
                    if (brackets == 0) {
                        parens = Math.max(0, parens - 1);
                    }
                }
                case '\\' -> i++;
                case '/' -> {
                    if (brackets == 0 && parens == 0) {
                        out.add(s.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> {
                }
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** True when {@code nameWithoutCpu} ({@code BenchmarkSort/size=100}) is selected. */
    public boolean matches(String nameWithoutCpu) {
        String[] levels = nameWithoutCpu.split("/", -1);
        if (levels.length < elements.size()) {
            return false;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).matcher(levels[i]).find()) {
                return false;
            }
        }
        return true;
    }
}
