package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

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
}
