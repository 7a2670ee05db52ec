package dev.jbench.benchstat.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON result files ({@code -rf json}) as the same {@link Record} stream the Go-format reader produces,
 * so plain-JMH users can compare runs with jbenchstat.
 *
 * <p>Mapping, per benchmark object of the top-level array:
 * <ul>
 *   <li><b>config</b>: {@code pkg:} the benchmark's package (like {@code go test}'s {@code pkg:} line);</li>
 *   <li><b>name</b>: {@code Class.method}, then {@code /key=value} for each of {@code params} in file order, then
 *       {@code -threads} when more than one thread ran it (as Go appends {@code -GOMAXPROCS}); whitespace in
 *       names becomes {@code _} so the name stays a valid Go benchmark name;</li>
 *   <li><b>samples</b>: every measurement iteration of every fork ({@code primaryMetric.rawData}) is one result;
 *       in {@code sample} mode ({@code rawDataHistogram}) each iteration's histogram mean is one sample;</li>
 *   <li><b>units</b>: time per operation ({@code s/op} … {@code ns/op}) becomes {@code ns/op}, hence
 *       {@code sec/op} after tidying; throughput ({@code ops/ns} … {@code ops/min}) becomes {@code ops/s} (higher is
 *       better); the secondary metric {@code gc.alloc.rate.norm} becomes {@code B/op}; secondary metrics counted per
 *       operation ({@code #/op}, as from {@code -prof perfnorm}) become {@code <name>/op}; other secondary metrics
 *       (rates, GC counts and times) are not per-operation measurements and are skipped. Other primary units pass
 *       through unchanged.</li>
 * </ul>
 * A secondary metric's samples join the primary's result with the same fork and iteration index.
 *
 * <p>Line numbers in results and errors are those of the benchmark object's opening brace. Malformed JSON yields one
 * {@link SyntaxError} at the offending line and ends the file; a NaN or infinite measurement yields a SyntaxError
 * and is dropped (BENCHSTAT_NOTES §0.5). A hand-written parser, because a JSON library would add start-up time and
 * a dependency for one small, fixed document shape.
 */
public final class JmhJsonReader {

    private final String fileName;
    private final List<Record> records = new ArrayList<>();

    private JmhJsonReader(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Whether {@code head} (the first bytes of an input) looks like a JMH JSON file rather than Go benchmark text:
     * its first character other than whitespace or a UTF-8 byte order mark is {@code [}.
     */
    public static boolean looksLikeJson(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        for (; i < length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '[';
            }
        }
        return false;
    }

    /**
     * Converts a whole JMH JSON document.
     *
     * @param text     the file's content
     * @param fileName the input's name, for {@link Result#fileName()} and error messages
     * @param config   configuration to put first in every result (e.g. the {@code .file} key), may be empty
     * @return results, unit metadata and syntax errors in file order
     */
    public static List<Record> read(String text, String fileName, List<Config> config) {
        JmhJsonReader r = new JmhJsonReader(fileName);
        MinimalJson json = new MinimalJson(text);
        try {
            json.skipSpace();
            if (json.pos < text.length() && text.charAt(json.pos) == '\uFEFF') {
                json.pos++;
                json.skipSpace();
            }
            json.expect('[');
            json.skipSpace();
            if (!json.consume(']')) {
                do {
                    json.skipSpace();
                    int line = json.line;
                    Object benchmark = json.value();
                    r.benchmark(benchmark, line, config);
                    json.skipSpace();
                } while (json.consume(','));
                json.expect(']');
            }
            json.skipSpace();
            if (json.pos < text.length()) {
                throw json.error("unexpected text after the JSON array");
            }
        } catch (MinimalJson.JsonError e) {
            r.records.add(new SyntaxError(fileName, e.line, e.getMessage()));
        }
        return r.records;
    }

    private void benchmark(Object node, int line, List<Config> fileConfig) throws MinimalJson.JsonError {
        if (!(node instanceof Map<?, ?> b)) {
            throw new MinimalJson.JsonError(line, "JMH result: expected a benchmark object");
        }
        String benchmark = string(b.get("benchmark"));
        if (benchmark == null || !(b.get("primaryMetric") instanceof Map<?, ?> primary)) {
            throw new MinimalJson.JsonError(line, "JMH result: benchmark object without \"benchmark\" or \"primaryMetric\"");
        }
        int methodDot = benchmark.lastIndexOf('.');
        int classDot = methodDot <= 0 ? -1 : benchmark.lastIndexOf('.', methodDot - 1);
        String pkg = classDot < 0 ? "" : benchmark.substring(0, classDot);
        StringBuilder name = new StringBuilder(clean(benchmark.substring(classDot + 1)));
        if (b.get("params") instanceof Map<?, ?> params) {
            for (Map.Entry<?, ?> p : params.entrySet()) {
                name.append('/').append(clean(String.valueOf(p.getKey()))).append('=')
                        .append(clean(String.valueOf(string(p.getValue()) != null ? p.getValue() : "")));
            }
        }
        if (b.get("threads") instanceof Double threads && threads > 1) {
            name.append('-').append((long) (double) threads);
        }
        List<Config> config = new ArrayList<>(fileConfig.size() + 1);
        config.addAll(fileConfig);
        if (!pkg.isEmpty()) {
            config.add(new Config("pkg", pkg, true));
        }

        List<Metric> metrics = new ArrayList<>();
        Metric main = primaryMetric(primary, line);
        if (main != null) {
            metrics.add(main);
        }
        if (b.get("secondaryMetrics") instanceof Map<?, ?> secondary) {
            for (Map.Entry<?, ?> e : secondary.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> m) {
                    Metric metric = secondaryMetric(String.valueOf(e.getKey()), m, line);
                    if (metric != null) {
                        metrics.add(metric);
                    }
                }
            }
        }
        int samples = 0;
        for (Metric m : metrics) {
            samples = Math.max(samples, m.samples.size());
        }
        for (int i = 0; i < samples; i++) {
            List<Value> values = new ArrayList<>(metrics.size());
            for (Metric m : metrics) {
                if (i >= m.samples.size()) {
                    continue;
                }
                double v = m.samples.get(i) * m.factor;
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    records.add(new SyntaxError(fileName, line, "measurement " + m.samples.get(i) + " " + m.unit
                            + " of " + benchmark + " is not a finite number; dropped"));
                    continue;
                }
                values.add(Value.of(v, m.unit)); // tidied as the Go-format reader does
            }
            if (!values.isEmpty()) {
                records.add(new Result(config, new Name(name.toString()), 1, List.copyOf(values), fileName, line));
            }
        }
    }

    /** One metric's samples in fork-then-iteration order, the factor into {@code unit}, and that unit. */
    private record Metric(List<Double> samples, double factor, String unit) {
    }

    private static Metric primaryMetric(Map<?, ?> m, int line) throws MinimalJson.JsonError {
        String unit = string(m.get("scoreUnit"));
        if (unit == null) {
            throw new MinimalJson.JsonError(line, "JMH result: primaryMetric without \"scoreUnit\"");
        }
        List<Double> samples = samples(m, line);
        double perOp = timeFactor(unit, "/op", true);
        if (perOp > 0) {
            return new Metric(samples, perOp, "ns/op");
        }
        double perSecond = timeFactor(unit, "ops/", false);
        if (perSecond > 0) {
            return new Metric(samples, perSecond, "ops/s");
        }
        return new Metric(samples, 1, clean(unit));
    }

    private static Metric secondaryMetric(String name, Map<?, ?> m, int line) throws MinimalJson.JsonError {
        String key = name.startsWith("\u00b7") ? name.substring(1) : name; // JMH < 1.24 wrote "·gc.alloc.rate.norm"
        String unit = string(m.get("scoreUnit"));
        if (key.equals("gc.alloc.rate.norm")) {
            return new Metric(samples(m, line), 1, "B/op");
        }
        if ("#/op".equals(unit)) {
            return new Metric(samples(m, line), 1, clean(key).replace('/', '_').replace(':', '_') + "/op");
        }
        return null;
    }

    /**
     * Nanoseconds per {@code unit} for time-per-op units ({@code perOp}: {@code us/op} → 1000), or operations per
     * second per unit for throughput units ({@code ops/ms} → 1000); 0 if {@code unit} is neither.
     */
    private static double timeFactor(String unit, String affix, boolean perOp) {
        String time;
        if (perOp) {
            if (!unit.endsWith(affix)) {
                return 0;
            }
            time = unit.substring(0, unit.length() - affix.length());
        } else {
            if (!unit.startsWith(affix)) {
                return 0;
            }
            time = unit.substring(affix.length());
        }
        double ns = switch (time) {
            case "ns" -> 1;
            case "us", "\u00b5s" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            case "hr" -> 3600e9;
            case "day" -> 86400e9;
            default -> 0;
        };
        if (ns == 0) {
            return 0;
        }
        return perOp ? ns : 1e9 / ns;
    }

    private static List<Double> samples(Map<?, ?> m, int line) throws MinimalJson.JsonError {
        List<Double> out = new ArrayList<>();
        if (m.get("rawData") instanceof List<?> forks && !forks.isEmpty()) {
            for (Object fork : forks) {
                for (Object v : list(fork, line)) {
                    out.add(number(v, line));
                }
            }
        } else if (m.get("rawDataHistogram") instanceof List<?> forks) {
            for (Object fork : forks) {
                for (Object iteration : list(fork, line)) {
                    double sum = 0;
                    double count = 0;
                    for (Object bin : list(iteration, line)) {
                        List<?> pair = list(bin, line);
                        if (pair.size() != 2) {
                            throw new MinimalJson.JsonError(line, "JMH result: histogram bin is not [value, count]");
                        }
                        double c = number(pair.get(1), line);
                        sum += number(pair.get(0), line) * c;
                        count += c;
                    }
                    if (count > 0) {
                        out.add(sum / count);
                    }
                }
            }
        }
        return out;
    }

    private static List<?> list(Object o, int line) throws MinimalJson.JsonError {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new MinimalJson.JsonError(line, "JMH result: expected an array of raw data");
    }

    /** JSON numbers, and the strings JMH writes for non-finite scores ({@code "NaN"}, {@code "+INF"}). */
    private static double number(Object o, int line) throws MinimalJson.JsonError {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof String s) {
            switch (s.toUpperCase(Locale.ROOT)) {
                case "NAN":
                    return Double.NaN;
                case "INF", "+INF", "INFINITY", "+INFINITY":
                    return Double.POSITIVE_INFINITY;
                case "-INF", "-INFINITY":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new MinimalJson.JsonError(line, "JMH result: expected a number in raw data, got " + o);
    }

    private static String string(Object o) {
        return o instanceof String s ? s : o instanceof Double d ? MinimalJson.numberText(d) : null;
    }

    /** Go benchmark names and units are whitespace-free fields. */
    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '_');
            }
        }
        return b == null ? s : b.toString();
    }
}
