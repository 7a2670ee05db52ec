package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds 100,000 random and mutated inputs through the Reader (and a sample through Files) and checks that nothing
 * throws, nothing hangs, every record is well-formed, and reading the same bytes in tiny chunks gives the same
 * records (line splitting must not depend on buffer boundaries). Deterministic: fixed seed.
 */
class ReaderFuzzTest {
    private static final int INPUTS = 100_000;

    private static final String[] SEEDS = {
        "goos: linux\ngoarch: amd64\npkg: example.com/x\ncpu: Intel   \n",
        "BenchmarkSort/size=100-8   \t   50000\t     28456 ns/op\t    4096 B/op\t       2 allocs/op\n",
        "BenchmarkX 1 1 ns/op 2 B/op 3 MB/s\r\n",
        "Unit ns/op assume=exact better=lower\n",
        "BenchmarkA 1 nan ns/op +Inf x 0x1p-3 y 1_000 z 1e400 w\n",
        "key:\nkey: v\n\nPASS\nok  \tpkg\t1.234s\n--- FAIL: BenchmarkX\n",
        "Benchmark\u3000 1\u2003 2\u00a0ns/op\u205f\n",
        "BenchmarkOne\nBenchmarkOne \nBenchmark 1 5 ns/op",
    };
    private static final String ALPHABET = "Benchmark Unit 0123456789.eE+-_xp/ns/op:=\t\r\n#inf nan \u00b5\u3000\u00a0aZ";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomAndMutatedInputsNeverBreakTheReader() throws IOException {
        Random rnd = new Random(20261125L);
        long records = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = input(rnd);
            List<Record> whole = readAll(new ByteArrayInputStream(input), input);
            records += whole.size();
            if (i % 50 == 0) {
                List<Record> chunked = readAll(new ChunkedStream(input, rnd.nextLong()), input);
                assertThat(chunked).as("chunked read of %s", show(input)).isEqualTo(whole);
            }
        }
        assertThat(records).as("the corpus produces records at all").isGreaterThan(INPUTS / 10);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void filesSurviveGarbageToo(@TempDir Path dir) throws IOException {
        Random rnd = new Random(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "f" + i + (i % 3 == 0 ? ".json" : ".txt");
            byte[] content = i % 7 == 0 ? ("[" + new String(input(rnd), StandardCharsets.ISO_8859_1)).getBytes(
                    StandardCharsets.ISO_8859_1) : input(rnd);
            java.nio.file.Files.write(dir.resolve(name), content);
            paths.add(i % 5 == 0 ? "l" + i + "=" + name : name);
        }
        paths.add(paths.get(1));
        try (Files f = new Files(paths, EnumSet.allOf(Files.Option.class), InputStream.nullInputStream(), dir)) {
            int n = 0;
            for (Record r; (r = f.next()) != null; ) {
                assertThat(r).isNotNull();
                n++;
            }
            assertThat(n).isPositive();
        }
    }

    private static List<Record> readAll(InputStream in, byte[] input) throws IOException {
        Reader r = new Reader(in, "fuzz");
        int lines = 1;
        for (byte b : input) {
            if (b == '\n') {
                lines++;
            }
        }
        List<Record> out = new ArrayList<>();
        for (Record rec; (rec = r.next()) != null; ) {
            out.add(rec);
            // Plain checks: AssertJ per record would dominate the run time of 100,000 inputs.
            if (rec instanceof Result res) {
                check(!res.values().isEmpty(), "result without values", input);
                for (Value v : res.values()) {
                    check(!Double.isNaN(v.value()), "NaN reached a Result", input);
                    check(!v.unit().isEmpty(), "empty unit", input);
                }
                check(res.line() >= 1 && res.line() <= lines, "line out of range", input);
            } else if (rec instanceof SyntaxError e) {
                check(e.toString().startsWith("fuzz:" + e.line() + ": "), "bad error text " + e, input);
                check(e.line() >= 1 && e.line() <= lines, "error line out of range", input);
            } else if (rec instanceof UnitMetadata m) {
                check(!m.key().isEmpty() && !m.unit().isEmpty(), "empty metadata key or unit", input);
            } else {
                fail("unexpected record " + rec);
            }
            check(out.size() <= 10 * input.length + 10, "more records than the input can hold", input);
        }
        return out;
    }

    private static byte[] input(Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0: {
                // random characters from the format's alphabet
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(120);
                for (int i = 0; i < n; i++) {
                    sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 1: {
                // random bytes, including invalid UTF-8
                byte[] b = new byte[rnd.nextInt(100)];
                rnd.nextBytes(b);
                return b;
            }
            default: {
                // mutated seeds: flip, insert, delete, duplicate bytes
                byte[] b = SEEDS[rnd.nextInt(SEEDS.length)].getBytes(StandardCharsets.UTF_8);
                int mutations = 1 + rnd.nextInt(6);
                for (int m = 0; m < mutations; m++) {
                    b = mutate(b, rnd);
                }
                return b;
            }
        }
    }

    private static byte[] mutate(byte[] b, Random rnd) {
        if (b.length == 0) {
            return new byte[] {(byte) rnd.nextInt(256)};
        }
        int at = rnd.nextInt(b.length);
        byte[] out;
        switch (rnd.nextInt(4)) {
            case 0:
                out = b.clone();
                out[at] = (byte) (rnd.nextBoolean() ? rnd.nextInt(256) : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                return out;
            case 1:
                out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
                System.arraycopy(b, at, out, at + 1, b.length - at);
                return out;
            case 2:
                out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                return out;
            default:
                int len = Math.min(b.length - at, 1 + rnd.nextInt(20));
                out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at + len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                return out;
        }
    }

    private static void check(boolean ok, String what, byte[] input) {
        if (!ok) {
            fail(what + " for input " + show(input));
        }
    }

    private static String show(byte[] input) {
        return '"' + new String(input, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r") + '"';
    }

    /** Returns 1..3 bytes per read, to exercise line splitting across buffer refills. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] data;
        private final Random rnd;
        private int pos;

        ChunkedStream(byte[] data, long seed) {
            this.data = data;
            this.rnd = new Random(seed);
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + rnd.nextInt(3)), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
