package dev.jbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.harness.options.BenchTime;
import dev.jbench.harness.options.RunOptions;
import dev.jbench.harness.options.Sampling;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Go's flag syntax and jbench's flags, parsed without running anything. */
class FlagsTest {

    static RunOptions parse(String... args) {
        JbenchCommand cmd = new JbenchCommand();
        new CommandLine(cmd).setPosixClusteredShortOptionsAllowed(false).parseArgs(args);
        return cmd.toOptions(42);
    }

    @Test
    void defaultsAreGos() {
        RunOptions o = parse();
        assertThat(o.bench()).isNull();
        assertThat(o.benchTime()).isEqualTo(BenchTime.DEFAULT);
        assertThat(o.count()).isEqualTo(1);
        assertThat(o.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.shuffle().enabled()).isFalse();
        assertThat(o.sampling()).isEqualTo(Sampling.ROUNDS);
        assertThat(o.heap()).isEqualTo("128m");
    }

    @Test
    void bothGoSpellingsOfValuesAndBooleans() {
        RunOptions o = parse("-bench=Sort", "-benchtime", "100x", "--count=3", "-cpu=1,2,4", "-benchmem",
                "-v=false", "-json=true", "-timeout=1m30s", "-o", "new.txt", "-shuffle=7", "-failfast");
        assertThat(o.bench()).isEqualTo("Sort");
        assertThat(o.benchTime().iterations()).isEqualTo(100);
        assertThat(o.count()).isEqualTo(3);
        assertThat(o.cpus()).containsExactly(1, 2, 4);
        assertThat(o.benchmem()).isTrue();
        assertThat(o.verbose()).isFalse();
        assertThat(o.json()).isTrue();
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(o.outFile()).isEqualTo(Path.of("new.txt"));
        assertThat(o.shuffle().seed()).isEqualTo(7);
        assertThat(o.failFast()).isTrue();
    }

    @Test
    void jvmFlags() {
        RunOptions o = parse("-java=/opt/jdk/bin/java", "-jvmarg=-XX:+UseParallelGC", "-jvmarg", "-Dx=1",
                "-heap=default", "-sampling=quick", "-warmup=0", "-forktimeout=30s", "-pkg=demo");
        assertThat(o.java()).isEqualTo(Path.of("/opt/jdk/bin/java"));
        assertThat(o.jvmArgs()).containsExactly("-XX:+UseParallelGC", "-Dx=1");
        assertThat(o.heap()).isEqualTo("default");
        assertThat(o.sampling()).isEqualTo(Sampling.QUICK);
        assertThat(o.warmup()).isZero();
        assertThat(o.forkTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.pkg()).isEqualTo("demo");
    }

    @Test
    void shuffleOnTakesTheSeedFromTheClock() {
        assertThat(parse("-shuffle=on").shuffle().seed()).isEqualTo(42);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-nosuchflag|Unknown option: '-nosuchflag'",
        "-benchtime=fast|-benchtime",
        "-benchtime=0x|must be at least 1x",
        "-benchtime=-1s|invalid duration",
        "-count=0|-count: must be at least 1",
        "-count=x|-count",
        "-cpu=0|-cpu: every value must be at least 1",
        "-timeout=5 minutes|-timeout",
        "-shuffle=sometimes|-shuffle: invalid value",
        "-sampling=random|-sampling: want rounds or quick",
        "-heap=lots|-heap: want a size",
        "-bench=Sort/(|invalid regexp",
        "stray|stray",
    })
    void usageErrorsExitTwoWithAMessageNamingTheFlag(String arg, String message) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Jbench(new PrintWriter(out), new PrintWriter(err)).withProgress(false).execute(arg);
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("jbench: ").contains(message).doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpListsEveryFlagAndExitsZero() {
        StringWriter out = new StringWriter();
        int status = new Jbench(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("-h");
        assertThat(status).isZero();
        for (String flag : List.of("-bench", "-benchtime", "-count", "-cpu", "-benchmem", "-timeout", "-v", "-list",
                "-json", "-outputdir", "-o", "-shuffle", "-failfast", "-java", "-jvmarg", "-heap", "-cp",
                "-sampling", "-warmup", "-forktimeout")) {
            assertThat(out.toString()).contains("  " + flag + ",");
        }
    }
}
