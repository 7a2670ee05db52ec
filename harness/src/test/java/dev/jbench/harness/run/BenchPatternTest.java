package dev.jbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPatternTest {

    @Test
    void splitsOnlyOnUnbracketedSlashesLikeGo() {
        assertThat(BenchPattern.split("Sort/size=100")).containsExactly(List.of("Sort", "size=100"));
        assertThat(BenchPattern.split("a[/]b/c")).containsExactly(List.of("a[/]b", "c"));
        assertThat(BenchPattern.split("(a/b)/c")).containsExactly(List.of("(a/b)", "c"));
        assertThat(BenchPattern.split("a\\/b/c")).containsExactly(List.of("a\\/b", "c"));
        assertThat(BenchPattern.split(".")).containsExactly(List.of("."));
    }

    @Test
    void aTopLevelBarSeparatesAlternativesLikeGo() {
        // go test -bench='Sort/size=10000$|Sort/size=100$' runs both (checked with Go 1.19's testing package).
        assertThat(BenchPattern.split("Sort/size=10000$|Sort/size=100$"))
                .containsExactly(List.of("Sort", "size=10000$"), List.of("Sort", "size=100$"));
        assertThat(BenchPattern.split("(a|b)/c|[|]")).containsExactly(List.of("(a|b)", "c"), List.of("[|]"));
        BenchPattern p = BenchPattern.compile("Sort/size=10000$|Fib/n=10$");
        assertThat(p.matches("BenchmarkSort/size=10000")).isTrue();
        assertThat(p.matches("BenchmarkFib/n=10")).isTrue();
        assertThat(p.matches("BenchmarkSort/size=100")).isFalse();
        assertThat(p.matches("BenchmarkFib/n=20")).isFalse();
        assertThat(BenchPattern.compile("Sort|Fib").matches("BenchmarkFib/n=20")).isTrue();
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
