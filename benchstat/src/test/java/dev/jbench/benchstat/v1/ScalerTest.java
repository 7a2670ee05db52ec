package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classic benchstat's scalers: three significant digits, both sides of each threshold. */
class ScalerTest {

    private static String scaled(double v, String unit) {
        return Scaler.forValue(v, unit).format(v);
    }

    @Test
    void timeThresholds() {
        assertThat(scaled(99.5e9, "ns/op")).isEqualTo("100s"); // %.0f of 99.5 rounds half to even
        assertThat(scaled(99.4e9, "ns/op")).isEqualTo("99.4s");
        assertThat(scaled(9.95e9, "ns/op")).isEqualTo("9.9s"); // 9.95 is stored slightly below 9.95
        assertThat(scaled(9.94e9, "ns/op")).isEqualTo("9.94s");
        assertThat(scaled(7200000000000.0, "ns/op")).isEqualTo("7200s");
        assertThat(scaled(13599058, "ns/op")).isEqualTo("13.6ms");
        assertThat(scaled(2158, "ns/op")).isEqualTo("2.16µs");
        assertThat(scaled(238, "ns/op")).isEqualTo("238ns");
        assertThat(scaled(46.87, "ns/op")).isEqualTo("46.9ns");
        assertThat(scaled(5, "ns/GC")).isEqualTo("5.00ns");
        assertThat(scaled(14400000000000.0, "user-ns/op")).isEqualTo("14400s");
    }

    @Test
    void rowScalerComesFromTheFirstValue() {
        Scaler s = Scaler.forValue(1740, "ns/op");
        assertThat(s.format(298.111)).isEqualTo("0.30µs");
        assertThat(Scaler.forValue(238, "ns/op").format(57.12)).isEqualTo("57ns");
    }

    @Test
    void siPrefixesAndByteSuffixes() {
        assertThat(scaled(2147.03, "MB/s")).isEqualTo("2.15GB/s");
        assertThat(scaled(320.711, "MB/s")).isEqualTo("321MB/s");
        assertThat(scaled(1234567890, "a-bytes")).isEqualTo("1.23GB");
        assertThat(scaled(171717171717.0, "b-bytes")).isEqualTo("172GB");
        assertThat(scaled(13.6, "quick-bytes")).isEqualTo("13.6B");
        assertThat(scaled(4096, "B/op")).isEqualTo("4.10kB");
        assertThat(scaled(99500, "allocs/op")).isEqualTo("100k"); // inclusive threshold, then 99.5 → even
        assertThat(scaled(99499, "allocs/op")).isEqualTo("99.5k");
        assertThat(scaled(994, "x")).isEqualTo("994");
        assertThat(scaled(995, "x")).isEqualTo("0.99k"); // 995/1000 is stored just below 0.995
        assertThat(scaled(0, "x")).isEqualTo("0.00");
        assertThat(scaled(1e15, "x")).isEqualTo("1000T");
    }
}
