package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
