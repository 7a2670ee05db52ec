package dev.jbench.harness.ab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.BenchmarkInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbPlanTest {

    static BenchCase c(String name) {
        BenchmarkInfo b = new BenchmarkInfo("p.C." + name, "p.C", false, 1, Map.of());
        return new BenchCase("Benchmark" + name, b, Map.of(), 1, 1);
    }

    @Test
    void pairsByNameAndKeepsOneSidedCases() {
        AbPlan p = AbPlan.pair(List.of(c("A"), c("B"), c("C")), List.of(c("C"), c("D"), c("A")));
        assertThat(p.slots()).extracting(AbPlan.Slot::name)
                .containsExactly("BenchmarkA", "BenchmarkB", "BenchmarkC", "BenchmarkD");
        assertThat(p.slots()).extracting(AbPlan.Slot::paired).containsExactly(true, false, true, false);
        assertThat(p.headOnly()).containsExactly("BenchmarkB");
        assertThat(p.baseOnly()).containsExactly("BenchmarkD");
        assertThat(p.slots().get(2).base().name()).isEqualTo("BenchmarkC");
        assertThat(p.forks(10)).isEqualTo(60);
    }

    @Test
    void abbaPutsEachSideFirstInHalfTheRounds() {
        assertThat(AbPlan.baseFirst(1)).isTrue();
        assertThat(AbPlan.baseFirst(2)).isFalse();
        assertThat(AbPlan.baseFirst(3)).isTrue();
        long baseFirst = java.util.stream.IntStream.rangeClosed(1, 10).filter(AbPlan::baseFirst).count();
        assertThat(baseFirst).isEqualTo(5);
    }

    @Test
    void enabledOnlyWhenABaseFlagIsGiven() {
        assertThat(AbOptions.none().enabled()).isFalse();
        assertThat(new AbOptions(" ", null, List.of(), null).enabled()).isFalse();
        assertThat(new AbOptions("x.jar", null, List.of(), null).enabled()).isTrue();
        assertThat(new AbOptions(null, null, List.of("-Dx=1"), null).enabled()).isTrue();
    }
}
