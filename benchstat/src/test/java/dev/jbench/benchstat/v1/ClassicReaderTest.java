package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classic benchstat's reader: which lines are benchmarks and configuration, and which labels apply. */
class ClassicReaderTest {

    private static List<ClassicReader.Line> read(String text) throws IOException {
        ClassicReader r = new ClassicReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<ClassicReader.Line> out = new ArrayList<>();
        for (ClassicReader.Line l; (l = r.next()) != null; ) {
            out.add(l);
        }
        return out;
    }

    @Test
    void configurationAppliesToFollowingLinesAndEmptyValueDeletes() throws IOException {
        List<ClassicReader.Line> lines = read("pkg: a\r\ngoos: linux\nBenchmarkX 1 2 ns/op\r\npkg:\ngoos:  darwin \n"
                + "BenchmarkY 1 2 ns/op");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).labels()).isEqualTo(Map.of("pkg", "a", "goos", "linux"));
        assertThat(lines.get(0).content()).isEqualTo("BenchmarkX 1 2 ns/op");
        assertThat(lines.get(0).lineNum()).isEqualTo(3);
        assertThat(lines.get(1).labels()).isEqualTo(Map.of("goos", "darwin "));
        assertThat(lines.get(1).lineNum()).isEqualTo(6);
    }

    @Test
    void headerLabelsBeforeABlankLineAreFrozenUntilTheFirstBenchmark() throws IOException {
        // storage/benchfmt: a blank line makes the labels so far permanent for the rest of the first Next() call,
        // the first benchmark line (a non-blank, non-config line) empties the permanent set again.
        List<ClassicReader.Line> lines = read("pkg: a\n\npkg: b\nnote: x\nBenchmarkX 1 2 ns/op\npkg: c\n"
                + "BenchmarkY 1 2 ns/op\n");
        assertThat(lines.get(0).labels()).isEqualTo(Map.of("pkg", "a", "note", "x"));
        assertThat(lines.get(1).labels()).isEqualTo(Map.of("pkg", "c", "note", "x"));
        // Any other line before the benchmark unfreezes them.
        assertThat(read("pkg: a\n\nPASS\npkg: b\nBenchmarkX 1 2 ns/op\n").get(0).labels())
                .isEqualTo(Map.of("pkg", "b"));
    }

    @Test
    void keyValueLineSyntax() {
        assertThat(ClassicReader.parseKeyValueLine("a1-b.c/d_e: x")).containsExactly("a1-b.c/d_e", "x");
        assertThat(ClassicReader.parseKeyValueLine("key:\tv  ")).containsExactly("key", "v  ");
        assertThat(ClassicReader.parseKeyValueLine("key:")).containsExactly("key", "");
        assertThat(ClassicReader.parseKeyValueLine("key:value")).isNull();
        assertThat(ClassicReader.parseKeyValueLine("Key: v")).isNull();
        assertThat(ClassicReader.parseKeyValueLine("kEy: v")).isNull();
        assertThat(ClassicReader.parseKeyValueLine("a b: v")).isNull();
        assertThat(ClassicReader.parseKeyValueLine(":x")).isNull();
        assertThat(ClassicReader.parseKeyValueLine("nocolon")).isNull();
    }

    @Test
    void benchmarkLinesNeedASpaceAfterTheName() throws IOException {
        assertThat(ClassicReader.parseBenchmarkLine("BenchmarkX\u00a01")).isEqualTo("X"); // NBSP is a Go space
        assertThat(ClassicReader.parseBenchmarkLine("BenchmarkX")).isNull();
        assertThat(ClassicReader.parseBenchmarkLine(" BenchmarkX 1")).isNull();
        assertThat(ClassicReader.parseBenchmarkLine("Benchmark 1 2 ns/op")).isEmpty();
        assertThat(read("BenchmarkA\nok  pkg 1s\n--- FAIL: BenchmarkB\n")).isEmpty();
    }

    @Test
    void nameLabels() {
        assertThat(ClassicReader.parseNameLabels("CRC32/poly=IEEE/size=15/align=0-8")).isEqualTo(Map.of(
                "name", "CRC32", "poly", "IEEE", "size", "15", "align", "0", "gomaxprocs", "8"));
        assertThat(ClassicReader.parseNameLabels("Sort/big/x=a=b")).isEqualTo(Map.of(
                "name", "Sort", "sub1", "big", "x", "a=b"));
        assertThat(ClassicReader.parseNameLabels("Foo-")).isEqualTo(Map.of("name", "Foo-"));
        assertThat(ClassicReader.parseNameLabels("Foo-8x")).isEqualTo(Map.of("name", "Foo-8x"));
        assertThat(ClassicReader.parseNameLabels("Foo--3")).isEqualTo(Map.of("name", "Foo-", "gomaxprocs", "3"));
    }

    @Test
    void goFieldsAndCounts() {
        assertThat(GoText.fields(" a\tb\u3000c  ")).containsExactly("a", "b", "c");
        assertThat(GoText.atoiNonZero("10")).isTrue();
        assertThat(GoText.atoiNonZero("0")).isFalse();
        assertThat(GoText.atoiNonZero("-0")).isFalse();
        assertThat(GoText.atoiNonZero("1x")).isFalse();
        assertThat(GoText.atoiNonZero("99999999999999999999")).isTrue(); // out of range: Go returns MaxInt64
        assertThat(GoText.parseFloat("1_000")).isEqualTo(1000.0);
        assertThat(GoText.parseFloat("1e400")).isNull();
        assertThat(GoText.parseFloat("1d")).isNull();
    }
}
