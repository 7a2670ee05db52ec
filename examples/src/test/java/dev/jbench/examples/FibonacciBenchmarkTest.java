package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FibonacciBenchmarkTest {

    @Test
    void knownValues() {
        // OEIS A000045
        int[] expected = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55};
        for (int n = 0; n < expected.length; n++) {
            assertThat(FibonacciBenchmark.fib(n)).as("fib(%d)", n).isEqualTo(expected[n]);
        }
        assertThat(FibonacciBenchmark.fib(20)).isEqualTo(6765);
        assertThat(FibonacciBenchmark.fib(30)).isEqualTo(832040);
    }

    @Test
    void agreesWithTheIterativeDefinition() {
        int a = 0;
        int b = 1;
        for (int n = 0; n <= 25; n++) {
            assertThat(FibonacciBenchmark.fib(n)).as("fib(%d)", n).isEqualTo(a);
            int next = a + b;
            a = b;
            b = next;
        }
    }

    @Test
    void benchmarkUsesItsParameter() {
        FibonacciBenchmark b = new FibonacciBenchmark();
        b.n = 10;
        assertThat(b.fibonacci()).isEqualTo(55);
    }
}
