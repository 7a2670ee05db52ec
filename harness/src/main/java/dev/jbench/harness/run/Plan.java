package dev.jbench.harness.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expands a catalog into the cases a run measures: benchmark × parameter combination × {@code -cpu} value. */
public final class Plan {

    private Plan() {
    }

    /**
     * The selected cases in catalog order, parameters varying in declaration order, cpu innermost (as Go loops
     * over {@code -cpu} inside each benchmark).
     *
     * @param cpus processor counts; empty means the catalog's default
     */
    public static List<BenchCase> select(Catalog catalog, BenchPattern pattern, List<Integer> cpus) {
        GoNames names = new GoNames(catalog.benchmarks());
        List<Integer> cpuList = cpus.isEmpty() ? List.of(catalog.processors()) : cpus;
        List<BenchCase> out = new ArrayList<>();
        for (BenchmarkInfo b : catalog.benchmarks()) {
            for (Map<String, String> combo : combinations(b.params())) {
                if (!pattern.matches(names.full(b, combo, 1))) {
                    continue;
                }
                for (int cpu : cpuList) {
                    out.add(new BenchCase(names.full(b, combo, cpu), b, combo, cpu, b.parallel() ? cpu : b.threads()));
                }
            }
        }
        return out;
    }

    /** Every combination of parameter values; the first key varies slowest. */
    static List<Map<String, String>> combinations(Map<String, List<String>> params) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }
}
