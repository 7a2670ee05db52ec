package dev.jbench.harness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The -Pbench goal's decisions, with a stand-in for the benchmark run (the archetype's IT drives real runs). */
class BenchGoalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> runs = new ArrayList<>();

    /** A run that writes ten samples of {@code nsPerOp} (plus a little jitter) to the -o file. */
    private BenchGoal.Runner writing(double nsPerOp) {
        return (args, o, e) -> {
            runs.add(args);
            Path file = Path.of(args.stream().filter(a -> a.startsWith("-o=")).findFirst().orElseThrow().substring(3));
            StringBuilder sb = new StringBuilder("goos: linux\npkg: example\n");
            for (int i = 0; i < 10; i++) {
                sb.append(String.format(Locale.ROOT, "BenchmarkX-2 \t 1000\t %.1f ns/op%n", nsPerOp + i * 0.1));
            }
            try {
                Files.writeString(file, sb.toString());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return 0;
        };
    }

    private int run(BenchGoal.Runner runner, String... args) {
        return new BenchGoal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), runner).run(args);
    }

    private String[] args(String... extra) {
        List<String> a = new ArrayList<>(List.of("-bench=.", "-count=10", "-cpuprofile=",
                "-o=" + dir.resolve("new.txt"), "-baseline=" + dir.resolve("baseline.txt"), "-threshold=5%"));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    @Test
    void withoutBaselineItRunsAndExplainsHowToMakeOne() {
        assertThat(run(writing(100), args())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no baseline", "-Djbench.updateBaseline=true");
        assertThat(runs.get(0)).contains("-bench=.", "-count=10").doesNotContain("-cpuprofile=");
    }

    @Test
    void updateWritesTheBaselineAndASlowerRunFailsWithTheTable() throws IOException {
        assertThat(run(writing(100), args("-update-baseline=true"))).isZero();
        assertThat(Files.readString(dir.resolve("baseline.txt"))).contains("BenchmarkX-2");

        assertThat(run(writing(150), args())).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("vs base", "+49.78%");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("significant regression beyond 5%");
    }

    @Test
    void aFasterRunPasses() {
        assertThat(run(writing(100), args("-update-baseline"))).isZero();
        assertThat(run(writing(80), args())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("-19.9");
    }

    @Test
    void aFailedBenchmarkRunFailsWithoutComparing() {
        assertThat(run((a, o, e) -> 1, args())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("benchmark run failed");
    }

    @Test
    void extraArgsAreSplitAndMissingOutputIsAUsageError() {
        assertThat(run(writing(100), args("-args=-benchmem  -cpu=1,2"))).isZero();
        assertThat(runs.get(0)).contains("-benchmem", "-cpu=1,2");
        assertThat(run(writing(100), "-bench=.")).isEqualTo(BenchGoal.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-o=FILE is required");
    }

    @Test
    void aBaseBuildIsMeasuredInTheSameRunAndGatesInsteadOfTheFile() throws IOException {
        assertThat(run(writing(100), args("-update-baseline"))).isZero();
        BenchGoal.Runner ab = (args, o, e) -> {
            writing(150).run(args, o, e);
            Path baseOut = Path.of(args.stream().filter(a -> a.startsWith("-baseout=")).findFirst().orElseThrow()
                    .substring("-baseout=".length()));
            List<String> asBase = new ArrayList<>(args);
            asBase.add("-o=" + baseOut);
            return writing(140).run(asBase.subList(asBase.size() - 1, asBase.size()), o, e);
        };
        assertThat(run(ab, args("-base=old/classes:old/lib/*"))).isEqualTo(3);
        List<String> passed = runs.get(1);
        assertThat(passed).contains("-base=old/classes:old/lib/*", "-baseout=" + dir.resolve("base-new.txt"));
        // Compared with the base measured in the run (140 -> 150, +7%), not with the 100 ns/op baseline file.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the base build old/classes:old/lib/*",
                "baseline=" + dir.resolve("base-new.txt")).doesNotContain("+49.78%")
                // jbench printed the A/B table already: the gate adds its verdict, not a second table.
                .doesNotContain("vs base");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 regression", "X-2", "+7.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("significant regression beyond 5%");
        runs.clear();
        assertThat(run(writing(100), args("-base="))).isZero();
        assertThat(runs.get(0)).noneMatch(a -> a.startsWith("-base"));
    }
}
