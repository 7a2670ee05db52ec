package dev.jbench.harness.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTimeTest {

    @Test
    void goDurationsAndCounts() {
        assertThat(BenchTime.parse("1s").time()).isEqualTo(Duration.ofSeconds(1));
        assertThat(BenchTime.parse("100ms").time()).isEqualTo(Duration.ofMillis(100));
        assertThat(BenchTime.parse("1.5s").time()).isEqualTo(Duration.ofMillis(1500));
        assertThat(BenchTime.parse("2m30s").time()).isEqualTo(Duration.ofSeconds(150));
        assertThat(BenchTime.parse("250us").time()).isEqualTo(Duration.ofNanos(250_000));
        assertThat(BenchTime.parse("1000x").iterations()).isEqualTo(1000);
        assertThat(BenchTime.parse("1000x").isCount()).isTrue();
    }

    @Test
    void rejectsWhatGoRejects() {
        for (String bad : List.of("", "1", "x", "0x", "-5x", "1.5x", "0s", "1 s", "1sec", "s")) {
            assertThatThrownBy(() -> BenchTime.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void formatsLikeGo() {
        assertThat(GoDuration.format(Duration.ofMinutes(10))).isEqualTo("10m0s");
        assertThat(GoDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(GoDuration.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(GoDuration.format(Duration.ofHours(1).plusSeconds(2))).isEqualTo("1h0m2s");
    }

    @Test
    void forkSpecRoundTripsThroughArguments() {
        ForkSpec s = new ForkSpec("p.C.m", Map.of("k", "a=b c"), 2, 5, 100_000_000L, 2, 1, 0, 1000,
                List.of("x.Prof:opt=1"));
        assertThat(ForkSpec.fromArgs(s.toArgs())).isEqualTo(s);
    }
}
