package dev.jbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchPatternTest {

    @Test
    void splitsOnlyOnUnbracketedSlashesLikeGo() {
        assertThat(BenchPattern.split("Sort/size=100")).containsExactly("Sort", "size=100");
        assertThat(BenchPattern.split("a[/]b/c")).containsExactly("a[/]b", "c");
        assertThat(BenchPattern.split("(a/b)/c")).containsExactly("(a/b)", "c");
        assertThat(BenchPattern.split("a\\/b/c")).containsExactly("a\\/b", "c");
        assertThat(BenchPattern.split(".")).containsExactly(".");
    }

    @Test
    void eachElementMatchesItsLevelUnanchored() {
        BenchPattern p = BenchPattern.compile("Sort/size=1000$");
        assertThat(p.matches("BenchmarkSort/size=1000")).isTrue();
        assertThat(p.matches("BenchmarkSort/size=100")).isFalse();
        assertThat(p.matches("BenchmarkSort/size=10000")).isFalse();
        assertThat(p.matches("BenchmarkQuickSort/size=1000")).isTrue();
    }

    @Test
    void extraNameLevelsMatchButMissingOnesDoNot() {
        assertThat(BenchPattern.compile("Sort").matches("BenchmarkSort/size=100/order=random")).isTrue();
        assertThat(BenchPattern.compile("Fib/x").matches("BenchmarkFib")).isFalse();
        assertThat(BenchPattern.compile(".").matches("BenchmarkFib")).isTrue();
    }

    @Test
    void anchorsApplyToTheFullLevelIncludingTheBenchmarkPrefix() {
        assertThat(BenchPattern.compile("^Sort").matches("BenchmarkSort")).isFalse();
        assertThat(BenchPattern.compile("^BenchmarkSort$").matches("BenchmarkSort")).isTrue();
    }

    @Test
    void badRegexpIsReportedWithTheElement() {
        assertThatThrownBy(() -> BenchPattern.compile("Sort/size=(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size=(");
    }
}
