package dev.jbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.harness.cli.Jbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real profiled run (forked JVMs, async-profiler) of {@link ProfiledWork} and {@link NastyNames}, every profile
 * flag at once, two samples per benchmark; the tests then read what it wrote. Skips where async-profiler's native
 * library cannot load.
 */
class ProfilesRunTest {

    @TempDir
    static Path tmp;
    static Path out;
    static String stdout;
    static String stderr;
    static int status;

    @BeforeAll
    static void run() {
        AsyncProfilerAvailable.assume();
        out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        status = new Jbench(new PrintWriter(o), new PrintWriter(e)).execute("-heap=64m", "-cp=target/test-classes",
                "-bench=ProfiledWork|NastyNames", "-cpu=2", "-count=2", "-benchtime=100ms", "-warmup=100ms",
                "-cpuprofile=cpu.prof", "-memprofile=mem.prof", "-memprofilerate=4096", "-mutexprofile=mutex.prof",
                "-blockprofile=block.pb.gz", "-trace=trace.out", "-outputdir=" + out);
        stdout = o.toString();
        stderr = e.toString();
    }

    private static Profile profile(String file) throws IOException {
        Path f = out.resolve(file);
        assertThat(f).as("%s\nstderr:\n%s", file, stderr).isRegularFile();
        return PprofReader.read(f);
    }

    /** Leaf functions by flat value of sample type {@code type}, largest first. */
    private static List<Map.Entry<String, Long>> flat(Profile p, String type) {
        int idx = PprofTop.sampleIndex(p, type);
        return p.samples().stream().filter(s -> !s.stack().isEmpty())
                .collect(Collectors.groupingBy(s -> s.stack().get(0).function(),
                        Collectors.summingLong(s -> s.values()[idx])))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    private static boolean onSomeStack(Profile p, String function) {
        return p.samples().stream().anyMatch(s -> s.stack().stream().anyMatch(f -> f.function().equals(function)));
    }

    @Test
    void runPassesAndSaysWhereTheProfilesAre() {
        assertThat(status).as(stderr).isZero();
        assertThat(stdout).containsPattern("(?m)^BenchmarkProfiledWork/hotLoop-2 *\t").contains("\nPASS\n");
        assertThat(stderr).contains("jbench: profiles of BenchmarkProfiledWork/hotLoop-2: ")
                .contains("BenchmarkProfiledWork_hotLoop-2.cpu.prof").contains("BenchmarkProfiledWork_hotLoop-2.cpu.html");
        // Profiles go to stderr notes; stdout stays a clean benchmark file.
        assertThat(stdout).doesNotContain(".cpu.prof");
    }

    @Test
    void cpuProfileTopEntriesContainTheHotMethod() throws IOException {
        Profile p = profile("BenchmarkProfiledWork_hotLoop-2.cpu.prof");
        assertThat(p.sampleTypes()).containsExactly(new Profile.ValueType("samples", "count"),
                new Profile.ValueType("cpu", "nanoseconds"));
        assertThat(p.period()).isEqualTo(10_000_000L);
        List<String> top = flat(p, "cpu").stream().limit(3).map(Map.Entry::getKey).toList();
        assertThat(top).as("top of %s", flat(p, "cpu")).contains("dev.jbench.harness.profile.ProfiledWork.knownHotMethod");
        // Two measured iterations of 100 ms each, merged.
        assertThat(p.durationNanos()).isGreaterThan(170_000_000L);
    }

    @Test
    void onlyMeasuredIterationsAreProfiled() throws IOException {
        Profile p = profile("BenchmarkProfiledWork_phases-2.cpu.prof");
        assertThat(onSomeStack(p, "dev.jbench.harness.profile.ProfiledWork.measuredOnlyMethod")).isTrue();
        // It ran for 100 ms of warm-up in each fork, as hot as the measured method.
        assertThat(onSomeStack(p, "dev.jbench.harness.profile.ProfiledWork.warmupOnlyMethod")).isFalse();
    }

    @Test
    void allocationProfileNamesTheAllocatedType() throws IOException {
        Profile p = profile("BenchmarkProfiledWork_allocateWidgets-2.mem.prof");
        assertThat(p.sampleTypes()).containsExactly(new Profile.ValueType("alloc_objects", "count"),
                new Profile.ValueType("alloc_space", "bytes"));
        List<String> top = flat(p, "alloc_objects").stream().limit(2).map(Map.Entry::getKey).toList();
        assertThat(top).as("top of %s", flat(p, "alloc_objects"))
                .contains("dev.jbench.harness.profile.ProfiledWork$AllocatedWidget", "long[]");
        assertThat(onSomeStack(p, "dev.jbench.harness.profile.ProfiledWork.allocateWidgets")).isTrue();
        assertThat(p.total(1)).isPositive();
    }

    @Test
    void lockProfilesShowTheContendedMonitor() throws IOException {
        for (String f : List.of("BenchmarkProfiledWork_contendedLock-2.mutex.prof",
                "BenchmarkProfiledWork_contendedLock-2.block.pb.gz")) {
            Profile p = profile(f);
            assertThat(p.sampleTypes()).containsExactly(new Profile.ValueType("contentions", "count"),
                    new Profile.ValueType("delay", "nanoseconds"));
            assertThat(flat(p, "delay").get(0).getKey()).as(f)
                    .isEqualTo("dev.jbench.harness.profile.ProfiledWork$ContendedMonitor");
            assertThat(p.total(0)).isPositive();
            assertThat(p.total(1)).isPositive();
            assertThat(onSomeStack(p, "dev.jbench.harness.profile.ProfiledWork.contendedLock")).isTrue();
        }
    }

    @Test
    void everyFileOpensAndNothingIsHalfWritten() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        // 4 ProfiledWork + 2 NastyNames benchmarks x (4 profiles + 4 flame graphs + 1 trace)
        assertThat(files).hasSize(6 * 9);
        for (Path f : files) {
            String n = f.getFileName().toString();
            assertThat(n).doesNotStartWith(".").doesNotEndWith(".tmp");
            if (n.endsWith(".prof") || n.endsWith(".pb.gz")) {
                Profile p = PprofReader.read(f);
                assertThat(p.mainFile()).as(n).startsWith("Benchmark");
                assertThat(p.durationNanos()).as(n).isPositive();
            } else if (n.endsWith(".html")) {
                assertThat(Files.readString(f)).as(n).contains("<!DOCTYPE html>").contains("Benchmark");
            } else {
                assertThat(n).endsWith(".trace.out.jfr");
                List<RecordedEvent> events = RecordingFile.readAllEvents(f);
                assertThat(events).as(n).isNotEmpty();
            }
        }
        List<RecordedEvent> hot = RecordingFile.readAllEvents(out.resolve("BenchmarkProfiledWork_hotLoop-2.trace.out.jfr"));
        assertThat(hot).anyMatch(e -> e.getEventType().getName().equals("jdk.ExecutionSample"));
    }

    @Test
    void benchmarkNamesCannotWriteOutsideTheOutputDir() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tmp)) {
            s.filter(Files::isRegularFile).forEach(all::add);
        }
        assertThat(all).isNotEmpty().allSatisfy(f -> assertThat(f.getParent()).isEqualTo(out));
        List<String> nasty;
        try (Stream<Path> s = Files.list(out)) {
            nasty = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("BenchmarkNastyNames"))
                    .filter(n -> n.endsWith(".cpu.prof")).sorted().toList();
        }
        assertThat(nasty).hasSize(2).allSatisfy(n -> assertThat(n).matches("[A-Za-z0-9._=+@~-]+")
                .doesNotContain("..").doesNotContain("/"));
        assertThat(stderr).contains("profiles of BenchmarkNastyNames/length/where=.._.._.._escaped-2");
    }
}
