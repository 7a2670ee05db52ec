package dev.jbench.benchstat.units;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TidyTest {

    @ParameterizedTest(name = "{0} -> {1} x{2}")
    @CsvSource({"ns/op, sec/op, 1e-9", "x-ns/op, x-sec/op, 1e-9", "MB/s, B/s, 1e6", "x-MB/s, x-B/s, 1e6",
        "B/op, B/op, 1", "x-B/op, x-B/op, 1", "x-allocs/op, x-allocs/op, 1", "op/ns, op/ns, 1",
        "MB*MB/s, B*B/s, 1e12", "MB/MB, B/MB, 1e6", "ns, sec, 1e-9", "ns*ns/op, sec*sec/op, 1e-18",
        "nsx/op, nsx/op, 1", "'ns MB', 'sec B', 1e-3", "allocs/op, allocs/op, 1"})
    void table(String unit, String tidied, double factor) {
        assertThat(Tidy.unit(unit)).isEqualTo(tidied);
        assertThat(Tidy.factor(unit)).isEqualTo(factor);
        assertThat(Tidy.of(1, unit)).isEqualTo(new Tidy(factor, tidied));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"1718, ns/op, 1.7180000000000001E-6", "0, ns/op, 0", "2.5, MB/s, 2500000"})
    void multipliesByTheFactor(double v, String unit, double want) {
        assertThat(Tidy.of(v, unit).value()).isEqualTo(want);
    }

    @Property(tries = 1000)
    void tidyIsIdempotent(@ForAll("units") String unit, @ForAll double v) {
        Tidy once = Tidy.of(v, unit);
        Tidy twice = Tidy.of(once.value(), once.unit());
        assertThat(twice.unit()).isEqualTo(once.unit());
        assertThat(Tidy.factor(once.unit())).isEqualTo(1.0);
        assertThat(twice.value()).isEqualTo(once.value());
    }

    @Provide
    Arbitrary<String> units() {
        Arbitrary<String> token = Arbitraries.of("ns", "MB", "B", "op", "s", "sec", "x", "allocs", "bytes", "nsx");
        Arbitrary<String> sep = Arbitraries.of("/", "*", "-", " ", "\u3000");
        return Arbitraries.integers().between(1, 5).flatMap(n ->
                Arbitraries.strings().ofLength(0).flatMap(empty -> token.list().ofSize(n).flatMap(tokens ->
                        sep.list().ofSize(n).map(seps -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 0; i < n; i++) {
                                if (i > 0) {
                                    sb.append(seps.get(i));
                                }
                                sb.append(tokens.get(i));
                            }
                            return sb.toString();
                        }))));
    }
}
