package dev.jbench.harness.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists a side's benchmarks by asking a fork of that side ({@code ForkMain list}). */
public final class Discovery {

    private Discovery() {
    }

    /**
     * The catalog of {@code side}.
     *
     * @throws IOException when the fork cannot start or ends without a listing; the message says what it printed
     */
    public static Catalog list(Side side, Duration timeout) throws IOException, InterruptedException {
        List<BenchmarkInfo> benchmarks = new ArrayList<>();
        Map<String, String> info = new LinkedHashMap<>();
        List<String> hintArgs = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        Map<String, String[]> pending = new LinkedHashMap<>();   // jmhName -> {className, threads}
        Map<String, Map<String, List<String>>> params = new LinkedHashMap<>();
        StringWriter errText = new StringWriter();
        PrintWriter err = new PrintWriter(errText);
        List<String> cmd = ForkProcess.command(side, List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"),
                List.of("list"));
        ForkProcess.Outcome o = ForkProcess.run(cmd, System.nanoTime() + timeout.toNanos(), f -> {
            switch (f.get(0)) {
                case "info" -> info.put(f.get(1), f.get(2));
                case "jvmarg" -> hintArgs.add(f.get(1));
                case "hint" -> hints.add(f.get(1));
                case "bench" -> {
                    pending.put(f.get(1), new String[] {f.get(2), f.get(3)});
                    params.put(f.get(1), new LinkedHashMap<>());
                }
                case "param" -> params.get(f.get(1)).put(f.get(2), f.subList(3, f.size()));
                default -> {
                }
            }
        }, err);
        if (!o.done() || o.failure() != null || o.exitCode() != 0) {
            String why = o.failure() != null ? o.failure() : errText.toString().strip();
            throw new IOException("cannot list the benchmarks of " + side.label() + " (" + side.java() + "): "
                    + (o.timedOut() ? "timed out" : "exit status " + o.exitCode())
                    + (why.isEmpty() ? "" : "\n" + why));
        }
        pending.forEach((name, v) -> {
            boolean parallel = v[1].equals("parallel");
            benchmarks.add(new BenchmarkInfo(name, v[0], parallel, parallel ? 1 : Integer.parseInt(v[1]),
                    params.get(name)));
        });
        return new Catalog(benchmarks, info.getOrDefault("jvm", "unknown"), info.getOrDefault("jmh", "unknown"),
                Integer.parseInt(info.getOrDefault("processors", "1")), hintArgs, hints);
    }
}
