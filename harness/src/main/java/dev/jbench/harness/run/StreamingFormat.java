package dev.jbench.harness.run;

import dev.jbench.harness.options.ForkSpec;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * Fork side: JMH's output sink, reduced to one {@code iter} protocol line per finished iteration (warm-up ones too,
 * because the allocation counter reports in the last warm-up iteration). JMH's human-readable text is dropped.
 *
 * <p>Fields: phase ({@code w} warm-up, {@code a} allocation-counting warm-up, {@code m} measured), 1-based index
 * within the phase, operations (Go's N, all threads), ns per operation (wall time over all threads' operations),
 * then one {@code label, unit, value} triple per secondary result.
 */
final class StreamingFormat implements OutputFormat {

    private final ForkSpec spec;
    private final PrintStream protocol;

    StreamingFormat(ForkSpec spec, PrintStream protocol) {
        this.spec = spec;
        this.protocol = protocol;
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
                                IterationResult data) {
        String phase;
        int index = iteration;
        if (params.getType() == IterationType.MEASUREMENT) {
            phase = "m";
        } else if (iteration <= spec.warmupIterations()) {
            phase = "w";
        } else {
            phase = "a";
            index = iteration - spec.warmupIterations();
        }
        double score = data.getPrimaryResult().getScore();
        double nsPerOp = spec.isCountMode()
                ? score / spec.threads()     // per-thread ns/op; threads ran side by side
                : 1e9 / score;               // score = ops/s summed over threads
        List<String> f = new ArrayList<>(List.of("iter", phase, Integer.toString(index),
                Long.toString(data.getMetadata().getMeasuredOps()), num(nsPerOp)));
        for (Map.Entry<String, Result> e : data.getSecondaryResults().entrySet()) {
            f.add(e.getKey());
            f.add(e.getValue().getScoreUnit());
            f.add(num(e.getValue().getScore()));
        }
        protocol.println(ForkProtocol.encode(f.toArray(new String[0])));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
    }

    @Override
    public void startRun() {
    }

    @Override
    public void endRun(Collection<RunResult> result) {
    }

    @Override
    public void print(String s) {
    }

    @Override
    public void println(String s) {
    }

    @Override
    public void flush() {
        protocol.flush();
    }

    @Override
    public void close() {
    }

    @Override
    public void verbosePrintln(String s) {
    }

    @Override
    public void write(int b) {
    }

    @Override
    public void write(byte[] b) {
    }
}
