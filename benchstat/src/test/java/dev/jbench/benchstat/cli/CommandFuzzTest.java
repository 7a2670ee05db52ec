package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds 100,000 random and mutated benchmark files through the whole command ({@link Main#run}: flags, reader,
 * filter, projections, statistics, every output format, the gate) and checks that none throws past the command, hangs
 * or reports an internal error: every run ends with exit status 0, 1, 2 or 3. Deterministic: fixed seed.
 */
class CommandFuzzTest {

    private static final int RUNS = 100_000;

    /** Well-formed material the mutations start from: configs, several units, sub-benchmarks, metadata. */
    private static final String[] LINES = {
        "goos: linux", "goarch: amd64", "pkg: example.com/x", "cpu: AMD EPYC", "note: a", "note: b",
        "BenchmarkSort/size=100-8 \t 50000\t 28456 ns/op\t 4096 B/op\t 2 allocs/op",
        "BenchmarkSort/size=1000-8 \t 5000\t 312456 ns/op\t 40960 B/op\t 2 allocs/op",
        "BenchmarkFib/n=10-2 1000000 210 ns/op", "BenchmarkFib/n=10-2 1000000 230 ns/op",
        "BenchmarkCrc 100 12.5 MB/s 3 things/op", "BenchmarkCrc 100 0 ns/op",
        "Unit ns/op assume=exact", "Unit B/op better=higher", "Unit MB/s assume=nothing",
        "BenchmarkX 1 nan ns/op", "BenchmarkX 1 +Inf ns/op", "BenchmarkX 1 -5 ns/op", "BenchmarkX 1 1e400 ns/op",
        "PASS", "ok  \texample.com/x\t1.234s", "", "BenchmarkY\u3000 1\u2003 2\u00a0ns/op",
    };
    private static final String[] TOKENS = {
        " ", "\t", "\r", "\n", "-", "/", "=", ":", "Benchmark", "Unit", "ns/op", "B/op", "nan", "0", "1", "-8",
        "\u00b5", "\u3000", "x", "99999999999999999999", "0x1p-3", "1_0",
    };
    private static final String[][] FLAGS = {
        {}, {"-format", "csv"}, {"-format", "markdown"}, {"-format", "json"}, {"-row", ".name"},
        {"-col", "/size"}, {"-table", ""}, {"-filter", ".unit:ns/op"}, {"-ignore", "note"}, {"-alpha", "0.5"},
        {"-confidence", "0.5"}, {"-fail-on=regression", "-threshold=5%"}, {"-col", "note@(a b)"},
        {"-filter", "/size:/1.*/ OR -.name:Fib"}, {"-row", ".fullname@num"}, {"-v1"}, {"-v1", "-geomean"},
        {"-filter", "("}, {"-alpha", "x"},
    };

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void randomAndMutatedFilesNeverBreakTheCommand() {
        Random rnd = new Random(20261125L);
        int[] statuses = new int[4];
        for (int i = 0; i < RUNS; i++) {
            String[] flags = FLAGS[rnd.nextInt(FLAGS.length)];
            List<String> args = new ArrayList<>(List.of(flags));
            args.add("old=-");
            byte[] input = file(rnd);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(input));
            String diagnostics = err.toString(StandardCharsets.UTF_8);
            assertThat(diagnostics).as("run %d: %s on %s", i, args, show(input)).doesNotContain("internal error");
            assertThat(status).as("run %d: %s on %s", i, args, show(input)).isBetween(0, 3);
            statuses[status]++;
        }
        assertThat(statuses[0]).as("most runs produce a table").isGreaterThan(RUNS / 2);
        assertThat(statuses[2]).as("the bad flags are usage errors").isPositive();
    }

    /** A file of well-formed lines, then a few mutations: inserted tokens, deleted or duplicated spans. */
    private static byte[] file(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + rnd.nextInt(12);
        for (int i = 0; i < lines; i++) {
            sb.append(LINES[rnd.nextInt(LINES.length)]).append(rnd.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        int mutations = rnd.nextInt(4);
        for (int m = 0; m < mutations && sb.length() > 0; m++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(3)) {
                case 0 -> sb.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(8)));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + 1 + rnd.nextInt(40))));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String show(byte[] input) {
        return "\"" + new String(input, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
