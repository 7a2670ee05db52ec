package dev.jbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pprof writer and reader round trip, and {@code jbench pprof top} matches {@code go tool pprof -top} to the
 * character. Expected texts come from Go 1.19's pprof on the profile {@link #sample()} builds (written by
 * {@link PprofWriter}): {@code TZ=UTC go tool pprof -top [-cum] [-nodecount=N] [-sample_index=I] file}.
 */
class PprofTopTest {

    private static Profile.Frame f(String name, long line) {
        return new Profile.Frame(name, line);
    }

    /** A CPU profile: recursion, inlining-like repeated names, lines, a tiny node that pprof drops. */
    static Profile sample() {
        List<Profile.Sample> s = new ArrayList<>();
        Profile.Frame main = f("java.lang.Thread.run", 833);
        Profile.Frame bench = f("dev.x.SortBench.sort", 40);
        s.add(new Profile.Sample(List.of(f("java.util.DualPivotQuicksort.sort", 120), f("java.util.Arrays.sort", 10),
                bench, main), new long[] {196, 1_960_000_000L}));
        s.add(new Profile.Sample(List.of(f("java.util.DualPivotQuicksort.sort", 130),
                f("java.util.DualPivotQuicksort.sort", 120), f("java.util.Arrays.sort", 10), bench, main),
                new long[] {50, 500_000_000L}));
        s.add(new Profile.Sample(List.of(f("int[] clone", 0), bench, main), new long[] {40, 400_000_000L}));
        s.add(new Profile.Sample(List.of(f("pvm_irq_enable_[k]", 0)), new long[] {12, 120_000_000L}));
        s.add(new Profile.Sample(List.of(f("G1ParCopyClosure<(G1Barrier)0, false>::do_oop", 0)),
                new long[] {1, 10_000_000L}));
        return new Profile(List.of(new Profile.ValueType("samples", "count"), new Profile.ValueType("cpu", "nanoseconds")),
                s, new Profile.ValueType("cpu", "nanoseconds"), 10_000_000L, 1_764_082_800_000_000_000L,
                3_020_000_000L, 1, "BenchmarkSort/size=1000-2");
    }

    private static String top(Profile p, String sampleType, boolean cum, int n) {
        StringWriter w = new StringWriter();
        PprofTop.print(p, PprofTop.sampleIndex(p, sampleType), cum, n, ZoneId.of("UTC"), new PrintWriter(w));
        return w.toString();
    }

    @Test
    void roundTripThroughGzippedProtobuf(@TempDir Path dir) throws Exception {
        Profile p = sample();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PprofWriter.write(p, b);
        Path file = dir.resolve("cpu.prof");
        Files.write(file, b.toByteArray());
        Profile q = PprofReader.read(file);
        assertThat(q.sampleTypes()).isEqualTo(p.sampleTypes());
        assertThat(q.periodType()).isEqualTo(p.periodType());
        assertThat(q.period()).isEqualTo(p.period());
        assertThat(q.timeNanos()).isEqualTo(p.timeNanos());
        assertThat(q.durationNanos()).isEqualTo(p.durationNanos());
        assertThat(q.defaultSampleType()).isEqualTo(1);
        assertThat(q.mainFile()).isEqualTo("BenchmarkSort/size=1000-2");
        assertThat(q.samples()).hasSameSizeAs(p.samples());
        for (int i = 0; i < p.samples().size(); i++) {
            assertThat(q.samples().get(i).stack()).isEqualTo(p.samples().get(i).stack());
            assertThat(q.samples().get(i).values()).isEqualTo(p.samples().get(i).values());
        }
        // Uncompressed protobuf reads too.
        assertThat(PprofReader.decode(PprofWriter.encode(p)).samples()).hasSize(5);
    }

    @Test
    void malformedFilesAreRejectedWithAReason() {
        assertThatThrownBy(() -> PprofReader.decode(new byte[] {0x1f, (byte) 0x8b, 1, 2}))
                .isInstanceOf(MalformedProfileException.class).hasMessageContaining("gzip");
        byte[] ok = PprofWriter.encode(sample());
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length / 2);
        assertThatThrownBy(() -> PprofReader.decode(cut)).isInstanceOf(MalformedProfileException.class);
        assertThatThrownBy(() -> PprofReader.decode("hello, world".getBytes()))
                .isInstanceOf(MalformedProfileException.class);
    }

    @Test
    void topMatchesGoToolPprof() {
        assertThat(top(sample(), null, false, 0)).isEqualTo(GO_TOP);
    }

    @Test
    void cumulativeMatchesGoToolPprof() {
        assertThat(top(sample(), null, true, 0)).isEqualTo(GO_TOP_CUM);
    }

    @Test
    void nodeCountAndSampleIndexMatchGoToolPprof() {
        assertThat(top(sample(), "samples", false, 2)).isEqualTo(GO_TOP_N2_SAMPLES);
    }

    @Test
    void unknownSampleTypeNamesTheChoices() {
        assertThatThrownBy(() -> PprofTop.sampleIndex(sample(), "alloc_space"))
                .hasMessageContaining("[samples, cpu]");
    }

    @Test
    void goPercentagesAndLabels() {
        assertThat(PprofUnits.percentage(1, 3)).isEqualTo("33.33%");
        assertThat(PprofUnits.percentage(1, 1000)).isEqualTo("  0.1%");
        assertThat(PprofUnits.percentage(1, 100_000)).isEqualTo("0.001%");
        assertThat(PprofUnits.percentage(1, 10_000_000)).isEqualTo("1e-05%");
        assertThat(PprofUnits.percentage(0, 7)).isEqualTo("    0%");
        assertThat(PprofUnits.percentage(9996, 10_000)).isEqualTo("  100%");
        assertThat(PprofUnits.label(131_800_000L, "nanoseconds", "ms")).isEqualTo("131.80ms");
        assertThat(PprofUnits.label(370_000_000L, "nanoseconds", "ms")).isEqualTo("370ms");
        assertThat(PprofUnits.label(2_471_000_000L, "bytes", "MB")).isEqualTo("2356.53MB");
        assertThat(PprofUnits.label(2445421, "count", "")).isEqualTo("2445421");
        assertThat(PprofUnits.autoUnit(2_280_000_000L, "nanoseconds")).isEqualTo("s");
    }

    static final String GO_TOP = "File: size=1000-2\n"
            + "Type: cpu\n"
            + "Time: Nov 25, 2025 at 3:00pm (UTC)\n"
            + "Duration: 3.02s, Total samples = 2990ms (99.01%)\n"
            + "Showing nodes accounting for 2980ms, 99.67% of 2990ms total\n"
            + "Dropped 1 node (cum <= 14.95ms)\n"
            + "      flat  flat%   sum%        cum   cum%\n"
            + "    2460ms 82.27% 82.27%     2460ms 82.27%  java.util.DualPivotQuicksort.sort\n"
            + "     400ms 13.38% 95.65%      400ms 13.38%  int[] clone\n"
            + "     120ms  4.01% 99.67%      120ms  4.01%  pvm_irq_enable_[k]\n"
            + "         0     0% 99.67%     2860ms 95.65%  dev.x.SortBench.sort\n"
            + "         0     0% 99.67%     2860ms 95.65%  java.lang.Thread.run\n"
            + "         0     0% 99.67%     2460ms 82.27%  java.util.Arrays.sort\n";
    static final String GO_TOP_CUM = "File: size=1000-2\n"
            + "Type: cpu\n"
            + "Time: Nov 25, 2025 at 3:00pm (UTC)\n"
            + "Duration: 3.02s, Total samples = 2990ms (99.01%)\n"
            + "Showing nodes accounting for 2980ms, 99.67% of 2990ms total\n"
            + "Dropped 1 node (cum <= 14.95ms)\n"
            + "      flat  flat%   sum%        cum   cum%\n"
            + "         0     0%     0%     2860ms 95.65%  dev.x.SortBench.sort\n"
            + "         0     0%     0%     2860ms 95.65%  java.lang.Thread.run\n"
            + "         0     0%     0%     2460ms 82.27%  java.util.Arrays.sort\n"
            + "    2460ms 82.27% 82.27%     2460ms 82.27%  java.util.DualPivotQuicksort.sort\n"
            + "     400ms 13.38% 95.65%      400ms 13.38%  int[] clone\n"
            + "     120ms  4.01% 99.67%      120ms  4.01%  pvm_irq_enable_[k]\n";
    static final String GO_TOP_N2_SAMPLES = "File: size=1000-2\n"
            + "Type: samples\n"
            + "Time: Nov 25, 2025 at 3:00pm (UTC)\n"
            + "Duration: 3.02s, Total samples = 299 \n"
            + "Showing nodes accounting for 286, 95.65% of 299 total\n"
            + "Showing top 2 nodes out of 7\n"
            + "      flat  flat%   sum%        cum   cum%\n"
            + "       246 82.27% 82.27%        246 82.27%  java.util.DualPivotQuicksort.sort\n"
            + "        40 13.38% 95.65%         40 13.38%  int[] clone\n";
}
