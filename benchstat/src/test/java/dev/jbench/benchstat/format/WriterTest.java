package dev.jbench.benchstat.format;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WriterTest {

    static String roundTrip(String input) throws IOException {
        StringWriter sw = new StringWriter();
        Writer w = new Writer(sw);
        Reader r = Reader.of(input, "test");
        for (Record rec; (rec = r.next()) != null; ) {
            w.write(rec);
        }
        w.flush();
        return sw.toString();
    }

    /** Go's writer_test input: configuration blocks, deletions, unit metadata, untidied units. */
    @Test
    void readerToWriterIsByteExact() throws IOException {
        String input = """
                BenchmarkOne 1 1 ns/op
                Unit ns/op a=1
                Unit ns/op b=2
                Unit MB/s c=3

                key: val
                key1: val1

                BenchmarkOne 1 1 ns/op

                key:

                BenchmarkOne 1 1 ns/op

                key: a

                BenchmarkOne 1 1 ns/op

                key1: val2
                key: b

                BenchmarkOne 1 1 ns/op
                BenchmarkTwo 1 1 no-tidy-B/op
                """;
        assertThat(roundTrip(input)).isEqualTo(input);
    }

    @Test
    void readerToWriterIsByteExactForGoWrittenNumbersAndNames() throws IOException {
        String input = """
                goos: linux
                cpu: Intel(R) Xeon(R) CPU @ 2.20GHz\s\s\s

                BenchmarkSort/size=100-8 50000 28456 ns/op 4096 B/op 2 allocs/op 1.5e+06 MB/s
                Benchmark/µ,"q"=x-2 1 0.0001 ns/op 1e-05 x 1.7180000000000001e-06 y +Inf z -0 w 0 MB/s
                BenchmarkNeg -3 -2.5 ns/op
                """;
        assertThat(roundTrip(input)).isEqualTo(input);
    }

    @Test
    void goTestStyleWritesNoBlankLinesAndPreformattedLines() throws IOException {
        StringWriter sw = new StringWriter();
        Writer w = new Writer(sw, Writer.ConfigStyle.GO_TEST);
        List<Config> cfg = List.of(new Config(".file", "x", false), new Config("goos", "linux", true),
                new Config("pkg", "dev.ex", true));
        w.writeLine(cfg, "BenchmarkA-2   \t   50000\t     28456 ns/op");
        w.writeLine(cfg, "BenchmarkB-2   \t     100\t        12.50 ns/op");
        w.writeText("PASS\n");
        w.flush();
        assertThat(sw).hasToString("""
                goos: linux
                pkg: dev.ex
                BenchmarkA-2   \t   50000\t     28456 ns/op
                BenchmarkB-2   \t     100\t        12.50 ns/op
                PASS
                """);
        // What the harness writes reads back as the results it meant.
        Reader r = Reader.of(sw.toString(), "h");
        assertThat(((Result) r.next()).values()).containsExactly(Value.of(28456, "ns/op"));
        assertThat(((Result) r.next()).values()).containsExactly(Value.of(12.5, "ns/op"));
    }

    @Test
    void internalKeysAreTrackedButNeverWritten() throws IOException {
        StringWriter sw = new StringWriter();
        Writer w = new Writer(sw);
        Result a = new Result(List.of(new Config(".file", "a", false)), new Name("X"), 1,
                List.of(Value.of(1, "ns/op")), "a", 1);
        Result b = new Result(List.of(new Config(".file", "b", false), new Config("k", "v", true)), new Name("X"), 1,
                List.of(Value.of(1, "ns/op")), "b", 1);
        Result c = new Result(List.of(new Config("k", "v", true)), new Name("X"), 1,
                List.of(Value.of(1, "ns/op")), "b", 1);
        w.write(a);
        w.write(b);
        w.write(c);
        w.write(new SyntaxError("f", 1, "ignored"));
        w.flush();
        // As in Go, a change of internal keys alone still closes a (here empty) configuration block with a blank line.
        assertThat(sw).hasToString("\nBenchmarkX 1 1 ns/op\n\nk: v\n\nBenchmarkX 1 1 ns/op\n\n\nBenchmarkX 1 1 ns/op\n");
    }

    // ---- Writer -> Reader round trip of generated results -------------------------------------------------

    record Step(Map<String, String> config, String name, long iters, List<Value> values) {
    }

    @Property(tries = 300)
    void writerToReaderRoundTripsGeneratedResults(@ForAll("steps") List<Step> steps) throws IOException {
        List<Result> written = new ArrayList<>();
        for (Step s : steps) {
            List<Config> cfg = new ArrayList<>();
            s.config().forEach((k, v) -> cfg.add(new Config(k, v, true)));
            written.add(new Result(cfg, new Name(s.name()), s.iters(), s.values(), "gen", 0));
        }
        StringWriter sw = new StringWriter();
        Writer w = new Writer(sw);
        for (Result r : written) {
            w.write(r);
        }
        Reader reader = Reader.of(sw.toString(), "gen");
        List<Result> read = new ArrayList<>();
        for (Record rec; (rec = reader.next()) != null; ) {
            assertThat(rec).as("text:\n%s", sw).isInstanceOf(Result.class);
            read.add((Result) rec);
        }
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < read.size(); i++) {
            Result got = read.get(i);
            Result want = written.get(i);
            assertThat(got.name()).isEqualTo(want.name());
            assertThat(got.iters()).isEqualTo(want.iters());
            assertThat(got.values()).isEqualTo(want.values());
            // Key order after deletions is a reader artifact (swap-delete); the key set and values must survive.
            assertThat(asMap(got.config())).isEqualTo(asMap(want.config()));
        }
    }

    private static Map<String, String> asMap(List<Config> config) {
        Map<String, String> m = new HashMap<>();
        config.forEach(c -> m.put(c.key(), c.value()));
        return m;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> key = Arbitraries.of("goos", "goarch", "pkg", "cpu", "a1-b.c", "x/y", "ké");
        Arbitrary<String> value = Arbitraries.strings().withChars("abc XYZ:=-_.#µ\t").ofMinLength(1).ofMaxLength(12)
                .filter(v -> v.charAt(0) != ' ' && v.charAt(0) != '\t');
        Arbitrary<Map<String, String>> config = Arbitraries.maps(key, value).ofMaxSize(4);
        Arbitrary<String> name = Arbitraries.strings().withChars("Aa0/=-_,\"µ.").ofMaxLength(15);
        Arbitrary<Long> iters = Arbitraries.longs();
        Arbitrary<Double> number = Arbitraries.oneOf(
                Arbitraries.doubles(), Arbitraries.doubles().between(0, 1e7).ofScale(3),
                Arbitraries.longs().between(0, 1_000_000_000L).map(Long::doubleValue),
                Arbitraries.of(0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
                        Double.MAX_VALUE));
        Arbitrary<String> unit = Arbitraries.of("ns/op", "B/op", "allocs/op", "MB/s", "x-ns/op", "ns*MB", "µs", "=");
        Arbitrary<Value> val = Combinators.combine(number, unit).as(Value::of);
        Arbitrary<Step> step = Combinators.combine(config, name, iters, val.list().ofMinSize(1).ofMaxSize(4))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(8);
    }
}
