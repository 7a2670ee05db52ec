package dev.jbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profile file names: readable, and never outside the flag's directory, whatever a benchmark is called. */
class ProfileFilesTest {

    @Test
    void ordinaryNamesStayReadable() {
        assertThat(ProfileFiles.stem("BenchmarkSort/size=100-2")).isEqualTo("BenchmarkSort_size=100-2");
        assertThat(ProfileFiles.stem("BenchmarkFib")).isEqualTo("BenchmarkFib");
    }

    @Test
    void hostileNamesCannotEscape() {
        Path flag = Path.of("/out/dir/cpu.prof");
        for (String name : List.of("../../etc/passwd", "..", ".", "/abs/x", "a:b c", "x\\..\\..\\y", "-rf",
                "ünïcode/名前", "", "a\0b", "x".repeat(500), "../" + "..".repeat(100))) {
            String stem = ProfileFiles.stem(name);
            assertThat(stem).as(name).matches("[A-Za-z0-9._=+@~-]+").doesNotContain("..")
                    .doesNotStartWith(".").doesNotStartWith("-").hasSizeLessThanOrEqualTo(ProfileFiles.MAX_STEM + 9);
            Path f = ProfileFiles.resolve(flag, stem, "cpu.prof");
            assertThat(f.getParent()).as(name).isEqualTo(Path.of("/out/dir"));
        }
        assertThatThrownBy(() -> ProfileFiles.resolve(flag, "../x", "cpu.prof")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lossyNamesGetAHashSoTheyStayDistinct() {
        assertThat(ProfileFiles.stem("Bench/a:b")).isNotEqualTo(ProfileFiles.stem("Bench/a b"))
                .startsWith("Bench_a_b~");
        assertThat(ProfileFiles.stem("x".repeat(500))).isNotEqualTo(ProfileFiles.stem("x".repeat(501)));
    }

    @Test
    void companionFileNames() {
        assertThat(ProfileFiles.htmlSuffix(Path.of("cpu.prof"))).isEqualTo("cpu.html");
        assertThat(ProfileFiles.htmlSuffix(Path.of("mem.pb.gz"))).isEqualTo("mem.html");
        assertThat(ProfileFiles.htmlSuffix(Path.of("profile"))).isEqualTo("profile.html");
        assertThat(ProfileFiles.traceSuffix(Path.of("trace.out"))).isEqualTo("trace.out.jfr");
        assertThat(ProfileFiles.traceSuffix(Path.of("t.jfr"))).isEqualTo("t.jfr");
    }

    @Test
    void flagsResolveAgainstOutputDirAndRejectNonFiles() {
        ProfileFlags f = new ProfileFlags();
        f.cpuProfile = Path.of("cpu.prof");
        f.trace = Path.of("t.out");
        ProfileRequest r = f.toRequest(Path.of("/tmp/o"));
        assertThat(r.profiles().get(ProfileKind.CPU)).isEqualTo(Path.of("/tmp/o/cpu.prof"));
        assertThat(r.trace()).isEqualTo(Path.of("/tmp/o/t.out"));
        assertThat(r.any()).isTrue();
        f.memProfile = Path.of("..");
        assertThatThrownBy(() -> f.toRequest(null)).hasMessageContaining("-memprofile");
        f.memProfile = null;
        f.memProfileRate = 0;
        assertThatThrownBy(() -> f.toRequest(null)).hasMessageContaining("-memprofilerate");
    }

    @Test
    void pprofCommandErrors() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(PprofCommand.execute(new PrintWriter(out), new PrintWriter(err), "list", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown report \"list\"");
        assertThat(PprofCommand.execute(new PrintWriter(out), new PrintWriter(err), "top", "/no/such.prof"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("/no/such.prof: no such file");
        assertThat(PprofCommand.execute(new PrintWriter(out), new PrintWriter(err), "top", "pom.xml")).isEqualTo(1);
        assertThat(err.toString()).contains("pom.xml: not a pprof profile");
        assertThat(PprofCommand.subcommandArgs(new String[] {"pprof", "top", "f"})).containsExactly("top", "f");
        assertThat(PprofCommand.subcommandArgs(new String[] {"-bench=."})).isNull();
    }
}
