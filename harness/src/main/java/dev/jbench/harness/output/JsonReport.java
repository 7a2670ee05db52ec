package dev.jbench.harness.output;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code -json}: one JSON object per line, shaped like Go's {@code test2json} events ({@code Time}, {@code Action},
 * {@code Package}, {@code Test}, {@code Output}, {@code Elapsed}) plus structured fields, so tools need not parse
 * the text. Actions:
 * <ul>
 *   <li>{@code start}: {@code Config} (the header keys);</li>
 *   <li>{@code bench}: one per measurement: {@code Test} (Go name), {@code Sample}, {@code Iterations} (N),
 *       {@code Metrics} (unit → value per op: {@code ns/op}, {@code MB/s}, {@code B/op}, {@code allocs/op}, custom
 *       units) and {@code Output} (the Go text line);</li>
 *   <li>{@code fail} with {@code Test}: a benchmark failed, {@code Output} is the reason;</li>
 *   <li>{@code note}: a warning;</li>
 *   <li>{@code pass}/{@code fail} without {@code Test}: the run ended ({@code Elapsed} in seconds;
 *       {@code Interrupted} true after Ctrl-C).</li>
 * </ul>
 */
public final class JsonReport implements RunListener {

    private final PrintWriter out;
    private final boolean benchmem;
    private String pkg = "";
    private int width;

    public JsonReport(PrintWriter out, boolean benchmem) {
        this.out = out;
        this.benchmem = benchmem;
    }

    @Override
    public synchronized void start(Map<String, String> config, List<BenchCase> cases) {
        pkg = config.getOrDefault("pkg", "");
        width = cases.stream().mapToInt(x -> x.name().length()).max().orElse(0);
        StringBuilder sb = event("start");
        sb.append(",\"Config\":{");
        String sep = "";
        for (Map.Entry<String, String> e : config.entrySet()) {
            sb.append(sep).append(str(e.getKey())).append(':').append(str(e.getValue()));
            sep = ",";
        }
        emit(sb.append('}'));
    }

    @Override
    public synchronized void result(Measurement m) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("ns/op", m.nsPerOp());
        if (m.setBytes() > 0 && m.nsPerOp() > 0) {
            metrics.put("MB/s", m.setBytes() * 1e3 / m.nsPerOp());
        }
        metrics.putAll(m.metrics());
        if (benchmem && !Double.isNaN(m.bytesPerOp())) {
            metrics.putIfAbsent("B/op", (double) GoLine.truncate(m.bytesPerOp()));
            if (!Double.isNaN(m.allocsPerOp())) {
                metrics.putIfAbsent("allocs/op", (double) GoLine.truncate(m.allocsPerOp()));
            }
        }
        StringBuilder sb = event("bench").append(",\"Test\":").append(str(m.benchCase().name()))
                .append(",\"Sample\":").append(m.sample())
                .append(",\"Iterations\":").append(m.n()).append(",\"Metrics\":{");
        String sep = "";
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            sb.append(sep).append(str(e.getKey())).append(':').append(num(e.getValue()));
            sep = ",";
        }
        sb.append("},\"Output\":").append(str(GoLine.format(m, width, benchmem) + "\n"));
        emit(sb);
    }

    @Override
    public synchronized void failure(BenchCase c, String message) {
        emit(event("fail").append(",\"Test\":").append(str(c.name())).append(",\"Output\":").append(str(message)));
    }

    @Override
    public synchronized void note(String message) {
        emit(event("note").append(",\"Output\":").append(str(message)));
    }

    @Override
    public synchronized void end(Status status, Duration elapsed) {
        StringBuilder sb = event(status == Status.PASS ? "pass" : "fail")
                .append(",\"Elapsed\":").append(num(Math.round(elapsed.toMillis()) / 1000.0));
        if (status == Status.INTERRUPTED) {
            sb.append(",\"Interrupted\":true");
        }
        emit(sb);
    }

    private StringBuilder event(String action) {
        return new StringBuilder("{\"Time\":").append(str(Instant.now().toString()))
                .append(",\"Action\":").append(str(action)).append(",\"Package\":").append(str(pkg));
    }

    private void emit(StringBuilder sb) {
        out.println(sb.append('}'));
        out.flush();
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
