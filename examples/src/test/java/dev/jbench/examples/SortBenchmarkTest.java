package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SortBenchmarkTest {

    @Test
    void sortedCopyIsTheSortedInputAndLeavesTheInputAlone() {
        int[] input = SortBenchmark.randomInts(1000, 42);
        int[] before = input.clone();

        int[] sorted = SortBenchmark.sortedCopy(input);

        assertThat(input).isEqualTo(before);
        assertThat(sorted).isNotSameAs(input).hasSize(1000);
        assertThat(IntStream.range(1, sorted.length).allMatch(i -> sorted[i - 1] <= sorted[i])).isTrue();
        int[] expected = before.clone();
        Arrays.sort(expected);
        assertThat(sorted).isEqualTo(expected);
    }

    @Test
    void everyForkSortsTheSameInput() {
        assertThat(SortBenchmark.randomInts(100, 42)).isEqualTo(SortBenchmark.randomInts(100, 42));
        assertThat(SortBenchmark.randomInts(100, 42)).isNotEqualTo(SortBenchmark.randomInts(100, 43));
    }

    @Test
    void benchmarkMethodSortsItsState() {
        SortBenchmark b = new SortBenchmark();
        b.size = 100;
        b.makeInput();
        int[] got = b.sort();
        assertThat(got).isSorted().hasSize(100);
    }
}
