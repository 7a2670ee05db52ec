package dev.jbench.benchstat.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All measurements read from the inputs, keyed by (file, group, benchmark, unit), with the first-seen order of
 * files, groups, benchmarks per group and units that the tables follow.
 */
final class Collection {

    /** Identifies the measurements of one unit of one benchmark in one group of one file. */
    record Key(String config, String group, String benchmark, String unit) {
    }

    private final List<String> splitBy;
    private final List<String> configs = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final Map<String, List<String>> benchmarks = new HashMap<>();
    private final Map<Key, Metrics> metrics = new LinkedHashMap<>();

    /** @param splitBy labels whose values group the rows ({@code pkg}, {@code goos}, ...); empty for none */
    Collection(List<String> splitBy) {
        this.splitBy = List.copyOf(splitBy);
    }

    /**
     * Adds the benchmark results read from {@code in} under the column {@code config}. A NaN measurement is
     * reported on {@code err} as {@code config:line: ...} and dropped (classic benchstat would hang on it).
     */
    void addFile(String config, InputStream in, PrintStream err) throws IOException {
        configs.add(config);
        ClassicReader reader = new ClassicReader(in);
        ClassicReader.Line line;
        while ((line = reader.next()) != null) {
            addResult(config, line, err);
        }
    }

    private void addResult(String config, ClassicReader.Line line, PrintStream err) {
        List<String> f = GoText.fields(line.content());
        if (f.size() < 4 || !f.get(0).startsWith("Benchmark") || !GoText.atoiNonZero(f.get(1))) {
            return;
        }
        String name = f.get(0).substring("Benchmark".length());
        String group = makeGroup(line);
        for (int i = 2; i + 2 <= f.size(); i += 2) {
            Double val = GoText.parseFloat(f.get(i));
            if (val == null) {
                continue;
            }
            String unit = f.get(i + 1);
            if (val.isNaN()) {
                err.printf("%s:%d: NaN measurement for %s dropped%n", config, line.lineNum(), unit);
                continue;
            }
            addMetrics(new Key(config, group, name, unit)).add(val);
        }
    }

    private String makeGroup(ClassicReader.Line line) {
        StringBuilder out = new StringBuilder();
        for (String s : splitBy) {
            String v = line.nameLabels().getOrDefault(s, "");
            if (v.isEmpty()) {
                v = line.labels().getOrDefault(s, "");
            }
            if (!v.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(s).append(':').append(v);
            }
        }
        return out.toString();
    }

    private Metrics addMetrics(Key key) {
        Metrics m = metrics.get(key);
        if (m != null) {
            return m;
        }
        addString(configs, key.config());
        addString(groups, key.group());
        addString(benchmarks.computeIfAbsent(key.group(), g -> new ArrayList<>()), key.benchmark());
        addString(units, key.unit());
        m = new Metrics(key.unit());
        metrics.put(key, m);
        return m;
    }

    private static void addString(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    /** Computes the statistics of every cell; call once after all input is read. */
    void computeStats() {
        metrics.values().forEach(Metrics::computeStats);
    }

    /** Input file names, in argument order (a file given twice appears twice). */
    List<String> configs() {
        return List.copyOf(configs);
    }

    List<String> groups() {
        return List.copyOf(groups);
    }

    List<String> units() {
        return List.copyOf(units);
    }

    /** Benchmark names of {@code group} in first-seen order. */
    List<String> benchmarks(String group) {
        return List.copyOf(benchmarks.getOrDefault(group, List.of()));
    }

    /** The cell for {@code key}, or {@code null} if that file has no such measurement. */
    Metrics metrics(Key key) {
        return metrics.get(key);
    }
}
