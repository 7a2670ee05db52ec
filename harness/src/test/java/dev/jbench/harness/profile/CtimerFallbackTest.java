package dev.jbench.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.harness.cli.Jbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CPU-profile path taken where perf events are not permitted: async-profiler's {@code ctimer} engine, said once
 * on stderr. This machine allows perf events (even {@code kernel.perf_event_paranoid=3} does not stop them on its
 * kernel), so the test forces the fallback with {@link CpuEngine#FORCE_CTIMER}; the detection itself is the probe's
 * failing {@code start}.
 */
class CtimerFallbackTest {

    @Test
    void cpuProfilesComeFromCtimerAndTheRunSaysSoOnce(@TempDir Path out) throws IOException {
        AsyncProfilerAvailable.assume();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status;
        System.setProperty(CpuEngine.FORCE_CTIMER, "true");
        try {
            status = new Jbench(new PrintWriter(o), new PrintWriter(e)).execute("-heap=64m",
                    "-cp=target/test-classes", "-bench=ProfiledWork/hotLoop", "-cpu=1", "-count=2",
                    "-benchtime=200ms", "-warmup=100ms", "-cpuprofile=cpu.prof", "-outputdir=" + out);
        } finally {
            System.clearProperty(CpuEngine.FORCE_CTIMER);
        }
        String stderr = e.toString();
        assertThat(status).as(stderr).isZero();
        assertThat(stderr.split("ctimer", -1)).as(stderr).hasSize(2);
        assertThat(stderr).contains("perf events are not permitted here", "ctimer engine");

        Profile p = PprofReader.read(out.resolve("BenchmarkProfiledWork_hotLoop.cpu.prof"));
        Map<String, Long> byLeaf = p.samples().stream().filter(s -> !s.stack().isEmpty())
                .collect(Collectors.groupingBy(s -> s.stack().get(0).function(),
                        Collectors.summingLong(s -> s.values()[PprofTop.sampleIndex(p, "cpu")])));
        String top = byLeaf.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(top).as("%s", byLeaf).isEqualTo("dev.jbench.harness.profile.ProfiledWork.knownHotMethod");
    }
}
