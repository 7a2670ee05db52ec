package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcatBenchmarkTest {

    @Test
    void bothWaysBuildTheSameString() {
        for (int parts : new int[] {0, 1, 10, 1000}) {
            String[] words = ConcatBenchmark.words(parts);
            assertThat(ConcatBenchmark.joinWithPlus(words)).as("parts=%d", parts)
                    .isEqualTo(ConcatBenchmark.joinWithBuilder(words))
                    .isEqualTo(String.join("", words));
        }
    }

    @Test
    void wordsAreNumbered() {
        assertThat(ConcatBenchmark.joinWithBuilder(ConcatBenchmark.words(3))).isEqualTo("w0 w1 w2 ");
    }
}
