package dev.jbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import dev.jbench.harness.alloc.NativeAllocCounter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs through forked JVMs of the tiny benchmarks in src/test/java (testbench, alloc). Kept few and short:
 * {@code Nx} bench times, small pre-touched heaps, no warm-up where the figure does not depend on the JIT.
 */
class JbenchRunTest {

    static final String[] FAST = {"-heap=64m", "-cp=target/test-classes"};

    record Run(int status, String out, String err) {
    }

    static Run jbench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(FAST));
        all.addAll(List.of(args));
        int status = new Jbench(new PrintWriter(out), new PrintWriter(err)).withProgress(false)
                .execute(all.toArray(new String[0]));
        return new Run(status, out.toString(), err.toString());
    }

    static List<Result> parse(String text) throws Exception {
        List<Result> rs = new ArrayList<>();
        try (Reader r = Reader.of(text, "out")) {
            for (Record rec = r.next(); rec != null; rec = r.next()) {
                assertThat(rec).as("every line parses: %s", rec).isInstanceOf(Result.class);
                rs.add((Result) rec);
            }
        }
        return rs;
    }

    static double value(Result r, String unit) {
        return r.values().stream().filter(v -> v.origUnit().equals(unit)).mapToDouble(Value::origValue)
                .findFirst().orElse(Double.NaN);
    }

    @AfterEach
    void noForkOutlivesARun() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isZero();
    }

    @Test
    void exactAllocationCountsAndParsableOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.txt");
        Run r = jbench("-bench=(KnownAllocations|CloneAndSort)/(zero|one|three|escapeEliminated|sort)$", "-cpu=2",
                "-benchtime=100ms", "-warmup=500ms", "-benchmem", "-o", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("os: ").contains("\njvm: ", "\njmh: 1.37\n", "\nsampling: rounds\n")
                .endsWith("s\n").contains("\nPASS\nok  \tdev.jbench.harness.alloc\t");
        assertThat(Files.readString(file)).isEqualTo(r.out());
        Map<String, Result> byName = parse(r.out()).stream()
                .collect(Collectors.toMap(x -> x.name().full(), x -> x, (a, b) -> a, LinkedHashMap::new));
        assertThat(byName).containsOnlyKeys("KnownAllocations/escapeEliminated-2", "KnownAllocations/one-2",
                "KnownAllocations/three-2", "KnownAllocations/zero-2", "CloneAndSort/sort/size=100-2");
        boolean counted = NativeAllocCounter.unavailableReason().isEmpty();
        Map<String, long[]> truth = Map.of("KnownAllocations/zero-2", new long[] {0, 0},
                "KnownAllocations/one-2", new long[] {1, 16}, "KnownAllocations/three-2", new long[] {3, 96},
                "KnownAllocations/escapeEliminated-2", new long[] {0, 0}, "CloneAndSort/sort/size=100-2", new long[] {1, 416});
        truth.forEach((name, t) -> {
            Result res = byName.get(name);
            assertThat(value(res, "B/op")).as(name + " B/op").isEqualTo(t[1]);
            if (counted) {
                assertThat(value(res, "allocs/op")).as(name + " allocs/op").isEqualTo(t[0]);
            } else {
                assertThat(r.err()).contains("allocs/op unavailable");
            }
            assertThat(value(res, "ns/op")).as(name).isPositive();
            assertThat(res.iters()).as(name).isPositive();
        });
    }

    @Test
    void failuresAreReportedAndTheOthersStillRun() throws Exception {
        Run r = jbench("-bench=(Failing|Reporting)/(throwing|exiting|checksum)", "-cpu=2", "-benchtime=2000x", "-warmup=0",
                "-count=2");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("--- FAIL: BenchmarkFailing/throwing-2\n"
                + "    java.lang.IllegalStateException: boom from the benchmark\n"
                + "        at dev.jbench.harness.testbench.Failing.throwing(Failing.java:");
        assertThat(r.out()).contains("--- FAIL: BenchmarkFailing/exiting-2\n    fork JVM exited with status 7");
        assertThat(r.out()).containsOnlyOnce("--- FAIL: BenchmarkFailing/exiting-2")
                .endsWith("s\n").contains("\nFAIL\nFAIL\tdev.jbench.harness.testbench\t");
        List<Result> rs = parse(r.out().replaceAll("(?m)^(---|    |FAIL).*\\n", ""));
        assertThat(rs).hasSize(2).allSatisfy(x -> {
            assertThat(x.name().full()).isEqualTo("Reporting/checksum-2");
            assertThat(x.iters()).isEqualTo(2000);
            assertThat(value(x, "widgets/op")).isEqualTo(2.5);
            assertThat(value(x, "calls/op")).isEqualTo(1.0);
            assertThat(value(x, "MB/s")).isPositive();
        });
        assertThat(r.out()).doesNotContain("\tat org.openjdk");
    }

    @Test
    void aForkPastForktimeoutIsKilledAndTheRunGoesOn() throws Exception {
        Run r = jbench("-bench=(Failing|Reporting)/(hanging|checksum)", "-cpu=2", "-benchtime=100x",
                "-warmup=0", "-forktimeout=8s");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("--- FAIL: BenchmarkFailing/hanging-2\n    fork ran longer than -forktimeout=8s");
        assertThat(parse(r.out().replaceAll("(?m)^(---|    |FAIL).*\\n", "")))
                .extracting(x -> x.name().full()).containsExactly("Reporting/checksum-2");
    }

    @Test
    void theRunTimeoutKillsTheForkAndEndsTheRun() {
        Run r = jbench("-bench=(Failing|Reporting)/(hanging|checksum)", "-cpu=2", "-benchtime=100x", "-warmup=0",
                "-timeout=6s");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("--- FAIL: BenchmarkFailing/hanging-2\n    test timed out after 6s")
                .doesNotContain("BenchmarkReporting").endsWith("s\n");
    }

    @Test
    void parallelBenchmarksUseTheCpuValueAsThreadsAndJsonIsStructured() {
        Run r = jbench("-bench=Reporting/parallelAdd", "-cpu=1,2", "-benchtime=1000x", "-warmup=0", "-json");
        assertThat(r.status()).as(r.err()).isZero();
        String[] events = r.out().split("\n");
        assertThat(events).hasSize(4);
        assertThat(events[0]).contains("\"Action\":\"start\"");
        assertThat(events[1]).contains("\"Test\":\"BenchmarkReporting/parallelAdd\"", "\"Iterations\":1000");
        assertThat(events[2]).contains("\"Test\":\"BenchmarkReporting/parallelAdd-2\"", "\"Iterations\":1000",
                "\"Metrics\":{\"ns/op\":", "\"Output\":\"BenchmarkReporting/parallelAdd-2\\t    1000\\t");
        assertThat(events[3]).contains("\"Action\":\"pass\"", "\"Elapsed\":");
    }

    @Test
    void listShowsParamsInDeclarationOrder() {
        Run r = jbench("-list=Sort");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("BenchmarkSort/size=100/order=random\nBenchmarkSort/size=1000/order=random\n",
                "BenchmarkCloneAndSort/sort/size=100\n").endsWith("0.000s\n");
    }

    @Test
    void ctrlCKeepsWhatWasMeasuredAndKillsTheFork(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("partial.txt");
        StringWriter out = new StringWriter();
        Jbench jb = new Jbench(new PrintWriter(out), new PrintWriter(new StringWriter())).withProgress(false);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> jb.execute("-heap=64m", "-cpu=2",
                "-cp=target/test-classes", "-cpu=2", "-bench=Reporting/checksum", "-benchtime=1000x", "-warmup=0",
                "-count=1000", "-o", file.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(file) || !Files.readString(file).contains("BenchmarkReporting"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        jb.interrupt();
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        String text = Files.readString(file);
        assertThat(text).contains("BenchmarkReporting/checksum-2\t").endsWith("s\n").contains("\nsignal: interrupt\n");
        assertThat(parse(text.replaceAll("(?m)^(signal|FAIL).*\\n", ""))).isNotEmpty().hasSizeLessThan(1000);
    }

    @Test
    void failfastStartsNothingAfterTheFirstFailureAndShufflePrintsItsSeed() {
        Run r = jbench("-bench=(Failing|Reporting)/(throwing|checksum)", "-cpu=2", "-benchtime=100x", "-warmup=0",
                "-count=3", "-failfast", "-shuffle=7");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("-shuffle 7\n").containsOnlyOnce("--- FAIL: BenchmarkFailing/throwing-2");
        String afterFailure = r.out().substring(r.out().indexOf("--- FAIL"));
        assertThat(afterFailure).as("nothing runs after the failure").doesNotContain("BenchmarkReporting");
    }
}
