package dev.jbench.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;
import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.BenchmarkInfo;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole text of a run with a result, a failure and a custom-metric line (golden), and the -o file. */
class TextReportTest {

    static final BenchmarkInfo SORT = new BenchmarkInfo("p.SortBenchmark.sort", "p.SortBenchmark", false, 1, Map.of());
    static final BenchCase S100 = new BenchCase("BenchmarkSort/size=100-2", SORT, Map.of("size", "100"), 2, 1);
    static final BenchCase S100K = new BenchCase("BenchmarkSort/size=100000-2", SORT, Map.of("size", "100000"), 2, 1);
    static final BenchCase FAIL = new BenchCase("BenchmarkBroken-2", SORT, Map.of(), 2, 1);

    static Map<String, String> header() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("os", "linux");
        h.put("arch", "amd64");
        h.put("cpu", "AMD EPYC");
        h.put("jvm", "Debian 17.0.15");
        h.put("jmh", "1.37");
        h.put("pkg", "dev.jbench.examples");
        h.put("sampling", "rounds");
        return h;
    }

    static void play(RunListener l) {
        l.start(header(), List.of(S100, S100K, FAIL));
        l.result(new Measurement(S100, 1, 1320429, 758.2, Double.NaN, 416.0009, 1.000027, Map.of()));
        l.result(new Measurement(S100K, 1, 70, 14474123.4, 4e5, 400016.2, 1, Map.of("compares/op", 1.7e6)));
        l.failure(FAIL, "java.lang.IllegalStateException: boom\n\tat p.Broken.run(Broken.java:12)\n\t...");
        l.end(RunListener.Status.FAIL, Duration.ofMillis(43327));
    }

    @Test
    void goTestShape(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        Path file = dir.resolve("new.txt");
        play(new TextReport(new PrintWriter(out), new AtomicFile(file), new PrintWriter(new StringWriter()), true));
        Golden.check("text-report.stdout", out.toString());
        assertThat(Files.readString(file)).isEqualTo(out.toString());
        assertThat(Files.list(dir)).containsExactly(file);  // no temp files left behind
    }

    @Test
    void benchstatsReaderReadsItBack() throws Exception {
        StringWriter out = new StringWriter();
        play(new TextReport(new PrintWriter(out), null, new PrintWriter(new StringWriter()), true));
        List<Result> results = new ArrayList<>();
        try (Reader r = Reader.of(out.toString(), "new.txt")) {
            for (Record rec = r.next(); rec != null; rec = r.next()) {
                assertThat(rec).isInstanceOf(Result.class);
                results.add((Result) rec);
            }
        }
        assertThat(results).hasSize(2);
        Result big = results.get(1);
        assertThat(big.name().full()).isEqualTo("Sort/size=100000-2");
        assertThat(big.iters()).isEqualTo(70);
        assertThat(big.getConfig("pkg")).isEqualTo("dev.jbench.examples");
        assertThat(big.getConfig("jvm")).isEqualTo("Debian 17.0.15");
        assertThat(big.values()).extracting(v -> v.origUnit())
                .containsExactly("ns/op", "MB/s", "compares/op", "B/op", "allocs/op");
        assertThat(big.values().get(3).origValue()).isEqualTo(400016);
    }

    @Test
    void jsonEventsCarryStructuredMetrics() {
        StringWriter out = new StringWriter();
        play(new JsonReport(new PrintWriter(out), true));
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).contains("\"Action\":\"start\"", "\"Config\":{\"os\":\"linux\"");
        assertThat(lines[1]).contains("\"Action\":\"bench\"", "\"Test\":\"BenchmarkSort/size=100-2\"",
                "\"Iterations\":1320429", "\"ns/op\":758.2", "\"B/op\":416", "\"allocs/op\":1",
                "\"Output\":\"BenchmarkSort/size=100-2   \\t 1320429\\t       758.2 ns/op");
        assertThat(lines[2]).contains("\"MB/s\":", "\"compares/op\":1700000");
        assertThat(lines[3]).contains("\"Action\":\"fail\"", "\"Test\":\"BenchmarkBroken-2\"", "boom\\n\\tat p.Broken");
        assertThat(lines[4]).contains("\"Action\":\"fail\"", "\"Elapsed\":43.327").doesNotContain("\"Test\"");
    }
}
