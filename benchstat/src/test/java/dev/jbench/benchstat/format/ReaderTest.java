package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReaderTest {

    static List<Record> readAll(String input) throws IOException {
        Reader r = Reader.of(input, "test");
        List<Record> out = new ArrayList<>();
        for (Record rec; (rec = r.next()) != null; ) {
            out.add(rec);
        }
        return out;
    }

    /** Builds an expected Result; config values starting with '*' are internal keys. */
    static final class R {
        private final List<Config> config = new ArrayList<>();
        private final List<Value> values = new ArrayList<>();
        private final String name;
        private final long iters;
        private int line;

        R(String name, long iters) {
            this.name = name;
            this.iters = iters;
        }

        R config(String... kv) {
            for (int i = 0; i < kv.length; i += 2) {
                boolean file = !kv[i + 1].startsWith("*");
                config.add(new Config(kv[i], file ? kv[i + 1] : kv[i + 1].substring(1), file));
            }
            return this;
        }

        R v(double value, String unit) {
            values.add(Value.of(value, unit));
            return this;
        }

        R line(int line) {
            this.line = line;
            return this;
        }

        Result res() {
            return new Result(config, new Name(name), iters, values, "test", line);
        }
    }

    static R r(String name, long iters) {
        return new R(name, iters);
    }

    @Test
    void basic() throws IOException {
        assertThat(readAll("key: value\nBenchmarkOne 100 1 ns/op 2 B/op\nBenchmarkTwo 300 4.5 ns/op\n"))
                .containsExactly(
                        r("One", 100).config("key", "value").v(1, "ns/op").v(2, "B/op").line(2).res(),
                        r("Two", 300).config("key", "value").v(4.5, "ns/op").line(3).res());
    }

    @Test
    void badLines() throws IOException {
        String input = """
                not a benchmark
                BenchmarkTailingSpaceNoIter\s
                BenchmarkBadIter abc
                BenchmarkHugeIter 9999999999999999999999999999999
                BenchmarkMissingVal 100
                BenchmarkBadVal 100 abc
                BenchmarkMissingUnit 100 1
                BenchmarkMissingUnit2 100 1 ns/op 2
                also not a benchmark
                Unit
                Unit ns/op blah
                Unit ns/op a=1
                Unit ns/op a=2
                """;
        assertThat(readAll(input)).containsExactly(
                new SyntaxError("test", 2, "missing iteration count"),
                new SyntaxError("test", 3, "parsing iteration count: invalid syntax"),
                new SyntaxError("test", 4, "parsing iteration count: value out of range"),
                new SyntaxError("test", 5, "missing measurements"),
                new SyntaxError("test", 6, "parsing measurement: invalid syntax"),
                new SyntaxError("test", 7, "missing units"),
                new SyntaxError("test", 8, "missing units"),
                new SyntaxError("test", 10, "missing unit"),
                new SyntaxError("test", 11, "expected key=value"),
                new UnitMetadata("sec/op", "ns/op", "a", "1", "test", 12),
                new SyntaxError("test", 13, "metadata a of unit ns/op already set to 1"));
    }

    @Test
    void weirdSpacing() throws IOException {
        String input = "\nBenchmarkSpaces    1   1   ns/op\n"
                + "BenchmarkHugeVal 1 9999999999999999999999999999999 ns/op\n"
                + "BenchmarkEmSpace\u2003 1\u2003\u20031\u3000ns/op\n"
                + "BenchmarkNbsp\u00a01\u00a01\u00a0ns/op\u205f\n";
        assertThat(readAll(input)).containsExactly(
                r("Spaces", 1).v(1, "ns/op").line(2).res(),
                r("HugeVal", 1).v(9999999999999999999999999999999.0, "ns/op").line(3).res(),
                r("EmSpace", 1).v(1, "ns/op").line(4).res(),
                r("Nbsp", 1).v(1, "ns/op").line(5).res());
    }

    @Test
    void fileKeys() throws IOException {
        String input = "key1:    \t value\n: not a key\nab:not a key\na b: also not a key\nkey2: value\n"
                + "Key3: upper\nk\u00c9y: upper\n\u00e9t\u00e9: accented\ncpu: Intel   \n\nBenchmarkOne 100 1 ns/op\n";
        assertThat(readAll(input)).containsExactly(
                r("One", 100).config("key1", "value", "key2", "value", "\u00e9t\u00e9", "accented", "cpu", "Intel   ")
                        .v(1, "ns/op").line(11).res());
    }

    @Test
    void removeAndOverwriteKeys() throws IOException {
        assertThat(readAll("key: value\nkey:\nBenchmarkOne 100 1 ns/op\n"))
                .containsExactly(r("One", 100).v(1, "ns/op").line(3).res());
        assertThat(readAll("key1: first\nkey2: second\nkey1: third\nBenchmarkOne 100 1 ns/op\n"))
                .containsExactly(r("One", 100).config("key1", "third", "key2", "second").v(1, "ns/op").line(4).res());
        // Only blanks after the colon delete too; deletion swaps the last key into the hole.
        assertThat(readAll("a: 1\nb: 2\nc: 3\nb: \t\nBenchmarkOne 100 1 ns/op\n"))
                .containsExactly(r("One", 100).config("a", "1", "c", "3").v(1, "ns/op").line(5).res());
    }

    @Test
    void unitMetadata() throws IOException {
        String input = """
                Unit ns/op a=1 b=2
                Unit ns/op c=3 error d=4
                # Repeated unit should report nothing
                Unit ns/op d=4
                # Starts like a unit line but actually isn't
                Unitx
                Unit sec/op =x e=f=g
                BenchmarkOne 100 1 ns/op
                """;
        assertThat(readAll(input)).containsExactly(
                new UnitMetadata("sec/op", "ns/op", "a", "1", "test", 1),
                new UnitMetadata("sec/op", "ns/op", "b", "2", "test", 1),
                new UnitMetadata("sec/op", "ns/op", "c", "3", "test", 2),
                new SyntaxError("test", 2, "expected key=value"),
                new UnitMetadata("sec/op", "ns/op", "d", "4", "test", 2),
                new SyntaxError("test", 7, "expected key=value"),
                new UnitMetadata("sec/op", "sec/op", "e", "f=g", "test", 7),
                r("One", 100).v(1, "ns/op").line(8).res());
    }

    @Test
    void unitMetadataCarriesAcrossResetButConfigDoesNot() throws IOException {
        Reader r = Reader.of("Unit ns/op assume=exact\nkey: v\n", "a");
        while (r.next() != null) {
            // drain
        }
        r.reset(stream("Unit ns/op assume=nothing\nBenchmarkX 1 1 ns/op\n"), "b");
        assertThat(r.next()).isEqualTo(new SyntaxError("b", 1, "metadata assume of unit ns/op already set to exact"));
        assertThat(r.next()).isEqualTo(new Result(List.of(), new Name("X"), 1, List.of(Value.of(1, "ns/op")), "b", 2));
        assertThat(r.units().assumesExact("ns/op")).isTrue();
        assertThat(r.units().assumesExact("sec/op")).isTrue();
        assertThat(r.units().better("sec/op")).isEqualTo(-1);
    }

    @Test
    void verboseStartLinesAreSkipped() throws IOException {
        assertThat(readAll("BenchmarkOne\nBenchmark\nBenchmarkOne 100 1 ns/op\nBenchmark 1 5 ns/op"))
                .containsExactly(r("One", 100).v(1, "ns/op").line(3).res(), r("", 1).v(5, "ns/op").line(4).res());
    }

    @Test
    void internalConfig() throws IOException {
        String input = """

                # Test initial internal config
                Benchmark1 100 1 ns/op
                # Overwrite internal config with file config
                key1: file1
                key3: file3
                Benchmark2 100 1 ns/op
                # Delete internal config, check that file config is right
                key2:
                Benchmark3 100 1 ns/op
                	""";
        Reader reader = Reader.of(input, "test", "key1", "internal1", "key2", "internal2");
        List<Record> got = new ArrayList<>();
        for (Record rec; (rec = reader.next()) != null; ) {
            got.add(rec);
        }
        assertThat(got).containsExactly(
                r("1", 100).v(1, "ns/op").config("key1", "*internal1", "key2", "*internal2").line(3).res(),
                r("2", 100).v(1, "ns/op").config("key1", "file1", "key2", "*internal2", "key3", "file3").line(7).res(),
                r("3", 100).v(1, "ns/op").config("key1", "file1", "key3", "file3").line(10).res());
    }

    @Test
    void crlfBehavesLikeLf() throws IOException {
        String lf = "key: value\nBenchmarkOne 100 1 ns/op 2 B/op\n\nUnit ns/op a=1\nBenchmarkTwo 3 4 MB/s";
        assertThat(readAll(lf.replace("\n", "\r\n"))).isEqualTo(readAll(lf)).hasSize(3);
        // Only one \r is dropped, and only at the end of the line.
        assertThat(readAll("key: a\r\r\nBenchmarkX 1 1 x\r\n")).containsExactly(
                r("X", 1).config("key", "a\r").v(1, "x").line(2).res());
    }

    @Test
    void linesLongerThanGoScannerLimitAreRead() throws IOException {
        String longName = "X".repeat(200_000);
        String garbage = "#" + "g".repeat(100_000);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            values.append(' ').append(i).append(" u").append(i % 3);
        }
        List<Record> got = readAll(garbage + "\nBenchmark" + longName + " 1" + values + "\nBenchmarkY 1 1 ns/op\n");
        assertThat(got).hasSize(2);
        Result first = (Result) got.get(0);
        assertThat(first.name().full()).isEqualTo(longName);
        assertThat(first.values()).hasSize(20_000);
        assertThat(first.values().get(19_999)).isEqualTo(Value.of(19_999, "u1"));
        assertThat(((Result) got.get(1)).line()).isEqualTo(3);
    }

    @Test
    void nanMeasurementsAreReportedAndDropped() throws IOException {
        String input = "BenchmarkA 1 NaN ns/op 5 B/op\nBenchmarkB 1 nan x\nBenchmarkC 1 nan ns/op 2\n"
                + "BenchmarkD 1 1 ns/op nan MB/s NaN y\n";
        assertThat(readAll(input)).containsExactly(
                new SyntaxError("test", 1, "NaN measurement in ns/op dropped"),
                r("A", 1).v(5, "B/op").line(1).res(),
                new SyntaxError("test", 2, "NaN measurement in x dropped"),
                new SyntaxError("test", 3, "missing units"),
                new SyntaxError("test", 4, "NaN measurement in MB/s dropped"),
                new SyntaxError("test", 4, "NaN measurement in y dropped"),
                r("D", 1).v(1, "ns/op").line(4).res());
    }

    @Test
    void valuesAreTidiedExceptWhenTidyingChangesNothing() throws IOException {
        Result r = (Result) readAll("BenchmarkX 1 1718 ns/op 0 ns/op 2.5 MB/s 0 MB/s +Inf ns/op 3 x-ns/op 1_0 B/op 0x1p4 y\n").get(0);
        assertThat(r.values()).containsExactly(
                new Value(1718 * 1e-9, "sec/op", 1718, "ns/op"),
                new Value(0, "ns/op", 0, "ns/op"),
                new Value(2.5e6, "B/s", 2.5, "MB/s"),
                new Value(0, "MB/s", 0, "MB/s"),
                new Value(Double.POSITIVE_INFINITY, "ns/op", Double.POSITIVE_INFINITY, "ns/op"),
                new Value(3 * 1e-9, "x-sec/op", 3, "x-ns/op"),
                new Value(10, "B/op", 10, "B/op"),
                new Value(16, "y", 16, "y"));
    }

    @Test
    void numberErrors() throws IOException {
        assertThat(readAll("BenchmarkA -5 1 x\nBenchmarkB 1e3 1 x\nBenchmarkC 1 1e400 x\nBenchmarkD 1 1d x\n"
                + "BenchmarkE 1 99999999999999999999999 x\n")).containsExactly(
                r("A", -5).v(1, "x").line(1).res(),
                new SyntaxError("test", 2, "parsing iteration count: invalid syntax"),
                new SyntaxError("test", 3, "parsing measurement: value out of range"),
                new SyntaxError("test", 4, "parsing measurement: invalid syntax"),
                r("E", 1).v(99999999999999999999999.0, "x").line(5).res());
    }

    @Test
    void fileNameDefaultsToUnknown() throws IOException {
        assertThat(Reader.of("BenchmarkX 1\n", null).next()).hasToString("<unknown>:1: missing measurements");
        assertThat(Reader.of("BenchmarkX 1\n", "").next()).hasToString("<unknown>:1: missing measurements");
    }

    @Test
    void readsCharacterStreams() throws IOException {
        Reader r = new Reader(new StringReader("k\u00e9y: v\u00e4l\nBenchmark\u00b5 1 1 \u00b5s\n"), "chars");
        assertThat(r.next()).isEqualTo(new Result(List.of(new Config("k\u00e9y", "v\u00e4l", true)),
                new Name("\u00b5"), 1, List.of(Value.of(1, "\u00b5s")), "chars", 2));
    }

    @Test
    void ioErrorsNameFileAndLine() {
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n < 8) {
                    return "a: b\nxyz".charAt(n++);
                }
                throw new IOException("disk on fire");
            }
        };
        Reader r = new Reader(failing, "f.txt");
        assertThatThrownBy(r::next).isInstanceOf(IOException.class).hasMessage("f.txt:1: disk on fire");
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Many distinct units overflow the reader's intern table; tidying must stay right across its evictions. */
    @Test
    void manyDistinctUnitsAreTidiedCorrectly() throws IOException {
        StringBuilder in = new StringBuilder();
        List<Value> want = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String unit = (i % 2 == 0 ? "u" + i + "-ns/op" : "MB" + i + "/s");
            in.append("BenchmarkX 1 ").append(i + 1).append(' ').append(unit).append(" 2 ns/op\n");
            want.add(Value.of(i + 1, unit));
            want.add(Value.of(2, "ns/op"));
        }
        List<Value> got = new ArrayList<>();
        for (Record r : readAll(in.toString())) {
            got.addAll(((Result) r).values());
        }
        assertThat(got).isEqualTo(want);
        assertThat(got.get(0)).isEqualTo(new Value(1e-9, "u0-sec/op", 1, "u0-ns/op"));
    }
}
