package dev.jbench.benchstat.units;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"B/op, BINARY", "B/s, BINARY", "disk-B/sec, BINARY", "bytes, BINARY", "MB/s, BINARY",
        "sec/B, DECIMAL", "sec/op, DECIMAL", "allocs/op, DECIMAL", "Bytes, DECIMAL", "op/bytes, DECIMAL",
        "x*B, BINARY", "'B s', BINARY", "KB, DECIMAL"})
    void classOf(String unit, UnitClass want) {
        assertThat(UnitClass.of(unit)).isEqualTo(want);
    }
}
