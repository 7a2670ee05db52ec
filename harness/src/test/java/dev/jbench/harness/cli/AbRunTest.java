package dev.jbench.harness.cli;

import static dev.jbench.harness.cli.JbenchRunTest.jbench;
import static dev.jbench.harness.cli.JbenchRunTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.format.Result;
import dev.jbench.harness.profile.AsyncProfilerAvailable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interleaved A/B runs (issue 6) through real forks of the tiny testbench benchmarks: ABBA order, one-sided
 * benchmarks, a side whose forks crash, a base that does not start, Ctrl-C. Kept short: Nx bench times, no warm-up.
 */
class AbRunTest {

    static final String[] QUICK = {"-benchtime=5x", "-warmup=0", "-cpu=1"};

    @AfterEach
    void noForkOutlivesARun() throws Exception {
        new JbenchRunTest().noForkOutlivesARun();
    }

    static JbenchRunTest.Run ab(String... args) {
        List<String> all = new ArrayList<>(List.of(QUICK));
        all.addAll(List.of(args));
        return jbench(all.toArray(new String[0]));
    }

    /** The side of each fork, from -v's fork command lines (the base's carry -Dab.side=base). */
    static List<String> forkSides(String err, String name) {
        List<String> sides = new ArrayList<>();
        for (String l : err.split("\n")) {
            if (l.startsWith("jbench: fork: ") && l.contains(name)) {
                sides.add(l.contains("-Dab.side=base") ? "base" : "head");
            }
        }
        return sides;
    }

    /** A copy of the test classes whose benchmark list has only the lines containing {@code keep}: another build. */
    static Path baseBuildWithOnly(Path dir, String keep) throws IOException {
        Path src = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path list = dir.resolve("META-INF/BenchmarkList");
        List<String> kept = Files.readAllLines(list).stream().filter(l -> l.contains(keep)).toList();
        assertThat(kept).isNotEmpty();
        Files.write(list, kept);
        return dir;
    }

    @Test
    void abbaOrderAndABenchmarkOnlyTheHeadHas(@TempDir Path dir) throws Exception {
        Path base = baseBuildWithOnly(dir.resolve("base"), "AbTiny_a_jmhTest");
        Path headFile = dir.resolve("new.txt");
        Path baseFile = dir.resolve("old.txt");
        JbenchRunTest.Run r = ab("-bench=AbTiny", "-count=2", "-v", "-base=" + base, "-basejvmarg=-Dab.side=base",
                "-o=" + headFile, "-baseout=" + baseFile);
        assertThat(r.status()).as(r.err()).isZero();
        // Round 1: base then head; round 2: head then base. b runs on the head only.
        assertThat(forkSides(r.err(), "AbTiny.a")).containsExactly("base", "head", "head", "base");
        assertThat(forkSides(r.err(), "AbTiny.b")).containsExactly("head", "head");
        assertThat(r.err()).contains("BenchmarkAbTiny/b: only in head");
        List<Result> head = parse(Files.readString(headFile));
        List<Result> old = parse(Files.readString(baseFile));
        assertThat(head).extracting(x -> x.name().toString())
                .containsExactly("AbTiny/a", "AbTiny/b", "AbTiny/a", "AbTiny/b");
        assertThat(old).extracting(x -> x.name().toString()).containsExactly("AbTiny/a", "AbTiny/a");
        assertThat(Files.readString(baseFile)).contains("\nPASS\nok  \t");
        // The comparison: both labels, the paired row, and the one-sided row with no base value.
        assertThat(r.out()).startsWith("jbenchstat base=" + baseFile + " head=" + headFile)
                .contains("base", "head", "AbTiny/a", "vs base");
    }

    @Test
    void profilingFlagsProfileTheHeadSideOnly(@TempDir Path dir) throws Exception {
        AsyncProfilerAvailable.assume();
        Path profiles = dir.resolve("profiles");
        JbenchRunTest.Run r = ab("-bench=AbTiny/a", "-count=2", "-v", "-basejvmarg=-Dab.side=base",
                "-cpuprofile=cpu.prof", "-outputdir=" + profiles, "-o=" + dir.resolve("new.txt"),
                "-baseout=" + dir.resolve("old.txt"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(profiles.resolve("BenchmarkAbTiny_a.cpu.prof")).isNotEmptyFile();
        // Only head forks carry the profiler; base forks run exactly as without the flag.
        List<String> forks = r.err().lines().filter(l -> l.startsWith("jbench: fork: ")).toList();
        assertThat(forks).hasSize(4);
        assertThat(forks).filteredOn(l -> l.contains("-Dab.side=base")).hasSize(2)
                .noneMatch(l -> l.contains("MeasuredIterationProfiler"));
        assertThat(forks).filteredOn(l -> !l.contains("-Dab.side=base")).hasSize(2)
                .allMatch(l -> l.contains("MeasuredIterationProfiler"));
    }

    @Test
    void aCrashOnOneSideKeepsTheOtherSidesSamples(@TempDir Path dir) throws Exception {
        Path headFile = dir.resolve("new.txt");
        Path baseFile = dir.resolve("old.txt");
        JbenchRunTest.Run r = ab("-bench=SideCrash/work|AbTiny/a", "-count=2", "-basejvmarg=-Djbench.test.crash=true",
                "-o=" + headFile, "-baseout=" + baseFile);
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("base: BenchmarkSideCrash/work failed", "head side's samples of it are kept");
        String old = Files.readString(baseFile);
        assertThat(old).contains("--- FAIL: BenchmarkSideCrash/work", "fork JVM exited with status 3")
                .endsWith("s\n").contains("\nFAIL\nFAIL\t");
        assertThat(old.split("--- FAIL: BenchmarkSideCrash").length).as("reported once").isEqualTo(2);
        assertThat(Files.readString(headFile)).doesNotContain("FAIL");
        List<Result> head = parse(Files.readString(headFile));
        assertThat(head.stream().filter(x -> x.name().toString().equals("SideCrash/work"))).hasSize(2);
        assertThat(head.stream().filter(x -> x.name().toString().equals("AbTiny/a"))).hasSize(2);
        assertThat(r.out()).contains("AbTiny/a");
    }

    @Test
    void aBaseThatDoesNotStartIsNamed(@TempDir Path dir) {
        JbenchRunTest.Run r = ab("-bench=AbTiny/a", "-count=1", "-basejvmarg=-XX:+JbenchNoSuchFlag",
                "-o=" + dir.resolve("new.txt"));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("jbench: the base build does not start (-basejvmarg=-XX:+JbenchNoSuchFlag)")
                .contains("Unrecognized VM option").doesNotContain("\tat ");
        assertThat(dir.resolve("new.txt")).doesNotExist();
    }

    @Test
    void flagErrorsNameTheFlag(@TempDir Path dir) {
        JbenchRunTest.Run noJava = ab("-bench=AbTiny/a", "-basejvm=" + dir.resolve("nojava"));
        assertThat(noJava.status()).isEqualTo(2);
        assertThat(noJava.err()).contains("-basejvm=").contains("no such file");
        JbenchRunTest.Run noBase = ab("-bench=AbTiny/a", "-base=" + dir.resolve("missing.jar"));
        assertThat(noBase.status()).isEqualTo(2);
        assertThat(noBase.err()).contains("-base=").contains("missing.jar does not exist");
        JbenchRunTest.Run orphan = ab("-bench=AbTiny/a", "-baseout=" + dir.resolve("old.txt"));
        assertThat(orphan.status()).isEqualTo(2);
        assertThat(orphan.err()).contains("-baseout needs -base");
    }

    @Test
    void ctrlCLeavesBothFilesValid(@TempDir Path dir) throws Exception {
        Path headFile = dir.resolve("new.txt");
        Path baseFile = dir.resolve("old.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Jbench jbench = new Jbench(new PrintWriter(out), new PrintWriter(err)).withProgress(false);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> jbench.execute(
                "-heap=64m", "-cp=target/test-classes", "-benchtime=5x", "-warmup=0", "-cpu=1", "-bench=AbTiny/a",
                "-count=1000", "-basejvmarg=-Dab.side=base", "-o=" + headFile, "-baseout=" + baseFile));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // Round 1 runs base then head: once the head file exists, both sides have a sample.
        while (!Files.exists(headFile) && System.nanoTime() < deadline && !run.isDone()) {
            Thread.sleep(20);
        }
        assertThat(headFile).as(err.toString()).exists();
        jbench.interrupt();
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        for (Path f : List.of(baseFile, headFile)) {
            String text = Files.readString(f);
            assertThat(text).as(f.toString()).contains("signal: interrupt\nFAIL\t").endsWith("s\n");
            List<Result> rs = parse(text);
            assertThat(rs).as(f.toString()).isNotEmpty().allMatch(x -> x.name().toString().equals("AbTiny/a"));
        }
    }
}
