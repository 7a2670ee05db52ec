package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;

class ChecksumThroughputBenchmarkTest {

    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void standardCheckValues() {
        // The "check" values of the CRC catalogue (Williams; reveng.sourceforge.io): CRC-32/ISO-HDLC and CRC-32/ISCSI.
        assertThat(ChecksumThroughputBenchmark.checksum(new CRC32(), CHECK)).isEqualTo(0xCBF43926L);
        assertThat(ChecksumThroughputBenchmark.checksum(new CRC32C(), CHECK)).isEqualTo(0xE3069283L);
    }

    @Test
    void reusedChecksumIsResetBetweenOperations() {
        CRC32 crc = new CRC32();
        long first = ChecksumThroughputBenchmark.checksum(crc, CHECK);
        assertThat(ChecksumThroughputBenchmark.checksum(crc, CHECK)).isEqualTo(first);
    }

    @Test
    void benchmarkInputHasTheDeclaredSize() {
        ChecksumThroughputBenchmark b = new ChecksumThroughputBenchmark();
        b.size = 1024;
        b.fill();
        assertThat(b.data).hasSize(1024).isEqualTo(ChecksumThroughputBenchmark.randomBytes(1024, 1));
    }
}
