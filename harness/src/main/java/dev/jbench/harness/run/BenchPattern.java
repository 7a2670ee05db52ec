package dev.jbench.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's {@code -bench} matcher: the expression is split at every {@code /} and {@code |} that is not inside brackets
 * or parentheses (and not escaped). A top-level {@code |} separates alternatives, each a list of elements split at
 * {@code /} ({@code Sort/size=100$|Fib/n=10} selects both); element i of an alternative must match (unanchored)
 * level i of the name, levels being the name's {@code /}-separated parts without the {@code -N} suffix. A name with
 * more levels than the alternative matches on the extra levels; a name with fewer does not (Go would run it only to
 * look for sub-benchmarks). A name is selected when any alternative matches.
 */
public final class BenchPattern {

    private final List<List<Pattern>> alternatives;

    private BenchPattern(List<List<Pattern>> alternatives) {
        this.alternatives = alternatives;
    }

    /** @throws IllegalArgumentException with Go's style of message for a bad regexp element */
    public static BenchPattern compile(String expr) {
        List<List<Pattern>> alts = new ArrayList<>();
        for (List<String> alternative : split(expr)) {
            List<Pattern> els = new ArrayList<>();
            for (String e : alternative) {
                try {
                    els.add(Pattern.compile(e));
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("invalid regexp \"" + e + "\" in \"" + expr + "\": "
                            + ex.getDescription());
                }
            }
            alts.add(els);
        }
        return new BenchPattern(alts);
    }

    /** Go's splitRegexp: the alternatives, each as its per-level elements. */
    static List<List<String>> split(String s) {
        List<List<String>> alternatives = new ArrayList<>();
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
                case '/', '|' -> {
                    if (brackets == 0 && parens == 0) {
                        out.add(s.substring(start, i));
                        start = i + 1;
                        if (c == '|') {
                            alternatives.add(out);
                            out = new ArrayList<>();
                        }
                    }
                }
                default -> {
                }
            }
        }
        out.add(s.substring(start));
        alternatives.add(out);
        return alternatives;
    }

    /** True when {@code nameWithoutCpu} ({@code BenchmarkSort/size=100}) is selected. */
    public boolean matches(String nameWithoutCpu) {
        String[] levels = nameWithoutCpu.split("/", -1);
        return alternatives.stream().anyMatch(elements -> matches(elements, levels));
    }

    private static boolean matches(List<Pattern> elements, String[] levels) {
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
