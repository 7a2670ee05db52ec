package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Command-line behaviour: Go flag syntax, the deliberate exit-status differences, input errors. */
class ClassicCommandTest {

    @TempDir
    Path dir;

    private static final String EXPECTED = "name  time/op\nA     5.00ns ± 0%\n";

    @BeforeEach
    void input() throws IOException {
        ClassicRun.write(dir, "a.txt", "BenchmarkA 1 5 ns/op\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-alpha 0.1", "-alpha=0.1", "--alpha 0.1", "--alpha=0.1", "-alpha 1e-2", "-alpha 0x1p-4",
        "-geomean", "-geomean=true", "-geomean=0", "-csv=F", "-norange", "-v1", "-v1=true", "-sort -name", "-sort=-delta",
        "-delta-test T-TEST", "-delta-test=u", "-split pkg"})
    void goFlagSyntaxIsAccepted(String flags) {
        String[] args = (flags + " a.txt").split(" ");
        ClassicRun run = ClassicRun.in(dir, args);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(EXPECTED);
    }

    @Test
    void optionsMayFollowFileNamesAndDoubleDashEndsThem() throws IOException {
        ClassicRun.write(dir, "-csv", "BenchmarkA 1 7 ns/op\n");
        assertThat(ClassicRun.in(dir, "a.txt", "-csv").out()).isEqualTo("name,time/op (ns/op),±\nA,5.00000E+00,0%\n");
        ClassicRun run = ClassicRun.in(dir, "-delta-test=none", "a.txt", "--", "-csv");
        assertThat(run.out()).isEqualTo("name  old time/op  new time/op  delta\n"
                + "A     5.00ns ± 0%  7.00ns ± 0%  +40.00%\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-nosuch", "-alpha abc", "-alpha 2", "-alpha -0.5", "-alpha NaN", "-alpha 1e400", "-alpha",
        "-delta-test x", "-sort up", "-sort --name", "-geomean=yes", "---x", "-=x", "-h", "-help"})
    void usageErrorsExitTwoWithNothingOnStdout(String flags) {
        String[] args = (flags + " a.txt").split(" ");
        if (flags.equals("-alpha")) {
            args = new String[] {"a.txt", "-alpha"};
        }
        ClassicRun run = ClassicRun.in(dir, args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("usage: jbenchstat -v1 [options] old.txt [new.txt] [more.txt ...]");
    }

    @Test
    void errorMessagesNameTheFlag() {
        assertThat(ClassicRun.in(dir, "-alpha", "abc", "a.txt").err())
                .startsWith("jbenchstat: invalid value \"abc\" for flag -alpha: parse error\n");
        assertThat(ClassicRun.in(dir, "-x", "a.txt").err()).startsWith("jbenchstat: flag provided but not defined: -x\n");
        assertThat(ClassicRun.in(dir, "-sort", "up", "a.txt").err()).startsWith("jbenchstat: invalid -sort \"up\"");
        assertThat(ClassicRun.in(dir).err()).startsWith("jbenchstat: no input files\n");
    }

    @Test
    void unreadableInputExitsOneWithNothingOnStdout() {
        ClassicRun run = ClassicRun.in(dir, "a.txt", "missing.txt");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("jbenchstat: open missing.txt: no such file or directory\n");

        ClassicRun badName = ClassicRun.in(dir, "a\u0000b.txt");
        assertThat(badName.exit()).isEqualTo(1);
        assertThat(badName.err()).startsWith("jbenchstat: open a\u0000b.txt: invalid file name");

        ClassicRun directory = ClassicRun.in(dir, ".");
        assertThat(directory.exit()).isEqualTo(1);
        assertThat(directory.err()).startsWith("jbenchstat: read .: ");
    }

    @Test
    void nanMeasurementIsReportedAndDropped() throws IOException {
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 5 ns/op\nBenchmarkA 1 NaN ns/op\nBenchmarkA 1 6 ns/op\n");
        ClassicRun.write(dir, "new.txt", "BenchmarkA 1 nan ns/op\n");
        ClassicRun run = ClassicRun.in(dir, "old.txt", "new.txt");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("old.txt:2: NaN measurement for ns/op dropped\n"
                + "new.txt:1: NaN measurement for ns/op dropped\n");
        // Only old.txt has A left, so the two-file table drops the row and there is no table.
        assertThat(run.out()).isEmpty();
    }

    @Test
    void longLinesAreRead() throws IOException {
        String name = "X".repeat(70_000);
        ClassicRun.write(dir, "long.txt", "# " + "y".repeat(100_000) + "\nBenchmark" + name + " 1 5 ns/op\n");
        ClassicRun run = ClassicRun.in(dir, "long.txt");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(name + "  5.00ns ± 0%\n");
    }
}
