package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.table.Direction.Change;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionTest {

    @ParameterizedTest(name = "{0} better={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
        "sec/op,      null,   LOWER_IS_BETTER",
        "B/op,        null,   LOWER_IS_BETTER",
        "allocs/op,   null,   LOWER_IS_BETTER",
        "tokens/op,   null,   LOWER_IS_BETTER",
        "text-bytes,  null,   LOWER_IS_BETTER",
        "B/s,         null,   HIGHER_IS_BETTER",
        "ops/s,       null,   HIGHER_IS_BETTER",
        "sec/op,      higher, HIGHER_IS_BETTER",
        "B/s,         lower,  LOWER_IS_BETTER",
        "B/s,         LOWER,  LOWER_IS_BETTER",
        "B/s,         faster, HIGHER_IS_BETTER",
        "hits,        higher, HIGHER_IS_BETTER",
    })
    void ofUnitAndMetadata(String unit, String better, Direction expected) {
        assertThat(Direction.of(unit, better)).isEqualTo(expected);
    }

    @Test
    void changeFollowsTheDirection() {
        assertThat(Direction.LOWER_IS_BETTER.change(2, 1)).isEqualTo(Change.BETTER);
        assertThat(Direction.LOWER_IS_BETTER.change(1, 2)).isEqualTo(Change.WORSE);
        assertThat(Direction.HIGHER_IS_BETTER.change(1, 2)).isEqualTo(Change.BETTER);
        assertThat(Direction.HIGHER_IS_BETTER.change(2, 1)).isEqualTo(Change.WORSE);
        assertThat(Direction.HIGHER_IS_BETTER.change(2, 2)).isEqualTo(Change.UNCHANGED);
        assertThat(Direction.LOWER_IS_BETTER.change(Double.NaN, 2)).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void regressionNeedsSignificanceDirectionAndThreshold() {
        BaselineComparison slower = new BaselineComparison(100, 0.01, 0.05, 10, 10, 6.0, "+6.00%", "p=0.010 n=10",
                Change.WORSE, List.of());
        assertThat(slower.significant()).isTrue();
        assertThat(slower.isRegression(5)).isTrue();
        assertThat(slower.isRegression(6)).isTrue();
        assertThat(slower.isRegression(6.5)).isFalse();
        assertThat(slower.isImprovement(1)).isFalse();

        BaselineComparison noise = new BaselineComparison(100, 0.2, 0.05, 10, 10, 30.0, "~", "p=0.200 n=10",
                Change.UNCHANGED, List.of());
        assertThat(noise.significant()).isFalse();
        assertThat(noise.isRegression(5)).isFalse();
    }
}
