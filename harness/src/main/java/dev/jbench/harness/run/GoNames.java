package dev.jbench.harness.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go benchmark names for JMH benchmarks. The mapping, which depends only on the benchmark itself (so a name never
 * changes because another benchmark was added):
 *
 * <ol>
 *   <li>Stem: the class's simple name without a trailing {@code Benchmarks}, {@code Benchmark} or {@code Bench} and
 *       without a leading {@code Benchmark}, first letter upper-cased ({@code SortBenchmark} → {@code Sort}).</li>
 *   <li>{@code Benchmark<Stem>} when the method has the stem's name ({@code SortBenchmark.sort} →
 *       {@code BenchmarkSort}), otherwise {@code Benchmark<Stem>/<method>} ({@code Concat.builder} →
 *       {@code BenchmarkConcat/builder}), like a Go sub-benchmark.</li>
 *   <li>Each {@code @Param} as one more level {@code /key=value}, in declaration order. Whitespace and {@code /} in
 *       values become {@code _}, so a value can never add a level or split a field.</li>
 *   <li>{@code -N} for the {@code -cpu} value N, left out when N is 1, as Go does for GOMAXPROCS.</li>
 * </ol>
 *
 * <p>Two classes with the same simple name in different packages would collide; only then are both stems
 * qualified with their package, dots as underscores ({@code BenchmarkCom_acme_Sort}).
 */
public final class GoNames {

    private final Map<String, String> stems = new HashMap<>();

    /** Names for the benchmarks of one catalog (needed to detect colliding class names). */
    public GoNames(List<BenchmarkInfo> all) {
        Map<String, List<String>> byStem = new HashMap<>();
        for (BenchmarkInfo b : all) {
            byStem.computeIfAbsent(stem(simpleName(b.className())), k -> new ArrayList<>());
            List<String> classes = byStem.get(stem(simpleName(b.className())));
            if (!classes.contains(b.className())) {
                classes.add(b.className());
            }
        }
        byStem.forEach((stem, classes) -> {
            for (String c : classes) {
                if (classes.size() == 1) {
                    stems.put(c, stem);
                } else {
                    int dot = c.lastIndexOf('.');
                    String pkg = dot < 0 ? "" : c.substring(0, dot).replace('.', '_') + "_";
                    stems.put(c, capitalize(pkg + stem));
                }
            }
        });
    }

    /** {@code Benchmark<Stem>[/<method>]}: the name without parameters and cpu suffix. */
    public String base(BenchmarkInfo b) {
        String stem = stems.getOrDefault(b.className(), stem(simpleName(b.className())));
        String simpleStem = stem(simpleName(b.className()));
        return b.method().equalsIgnoreCase(simpleStem) ? "Benchmark" + stem : "Benchmark" + stem + "/" + b.method();
    }

    /** The full name: base, {@code /key=value} per parameter, {@code -cpu} unless it is 1. */
    public String full(BenchmarkInfo b, Map<String, String> params, int cpu) {
        StringBuilder sb = new StringBuilder(base(b));
        params.forEach((k, v) -> sb.append('/').append(clean(k)).append('=').append(clean(v)));
        if (cpu != 1) {
            sb.append('-').append(cpu);
        }
        return sb.toString();
    }

    static String simpleName(String className) {
        String s = className.substring(className.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    static String stem(String simple) {
        String s = simple;
        for (String suffix : new String[] {"Benchmarks", "Benchmark", "Bench"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (s.startsWith("Benchmark") && s.length() > "Benchmark".length()) {
            s = s.substring("Benchmark".length());
        }
        return capitalize(s);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isWhitespace(c) || c == '/' || Character.isISOControl(c) ? '_' : c);
        }
        return sb.toString();
    }
}
