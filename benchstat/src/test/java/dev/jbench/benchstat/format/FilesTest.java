package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesTest {

    @TempDir
    Path dir;

    private static final Set<Files.Option> NONE = EnumSet.noneOf(Files.Option.class);
    private static final Set<Files.Option> STDIN = EnumSet.of(Files.Option.ALLOW_STDIN);
    private static final Set<Files.Option> LABELS = EnumSet.of(Files.Option.ALLOW_LABELS);
    private static final Set<Files.Option> BOTH = EnumSet.of(Files.Option.ALLOW_STDIN, Files.Option.ALLOW_LABELS);

    private void write(String name, String content) throws IOException {
        java.nio.file.Files.writeString(dir.resolve(name), content);
    }

    private List<String> read(List<String> paths, Set<Files.Option> options, String stdin) throws IOException {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        List<String> got = new ArrayList<>();
        try (Files f = new Files(paths, options, in, dir)) {
            for (Record r; (r = f.next()) != null; ) {
                if (r instanceof Result res) {
                    got.add(res.getConfig(".file") + " " + res.name() + " " + res.fileName() + ":" + res.line());
                } else {
                    got.add(r.toString());
                }
            }
        }
        return got;
    }

    private void writeAB() throws IOException {
        write("a", "BenchmarkX 1 1 ns/op\nBenchmarkY 1 1 ns/op\n");
        write("b", "BenchmarkZ 1 1 ns/op\n");
    }

    @Test
    void readsFilesInOrderWithFileKey() throws IOException {
        writeAB();
        assertThat(read(List.of("a", "b"), NONE, "")).containsExactly("a X a:1", "a Y a:2", "b Z b:1");
    }

    @Test
    void missingFileStopsWithGoMessageAfterEarlierFiles() throws IOException {
        writeAB();
        List<String> got = new ArrayList<>();
        try (Files f = new Files(List.of("a", "b", "c", "d"), NONE, InputStream.nullInputStream(), dir)) {
            assertThatThrownBy(() -> {
                for (Record r; (r = f.next()) != null; ) {
                    got.add(((Result) r).name().full());
                }
            }).isInstanceOf(IOException.class).hasMessage("open c: no such file or directory");
        }
        assertThat(got).containsExactly("X", "Y", "Z");
    }

    @Test
    void filesAreOpenedLazily() throws IOException {
        write("a", "BenchmarkX 1 1 ns/op\n");
        try (Files f = new Files(List.of("a", "later"), NONE, InputStream.nullInputStream(), dir)) {
            assertThat(f.next()).isInstanceOf(Result.class);
            write("later", "BenchmarkL 1 1 ns/op\n"); // created after reading started
            assertThat(((Result) f.next()).name().full()).isEqualTo("L");
            assertThat(f.next()).isNull();
        }
    }

    @Test
    void duplicatePathsAreNumbered() throws IOException {
        writeAB();
        assertThat(read(List.of("a", "b", "a"), NONE, ""))
                .containsExactly("a#0 X a:1", "a#0 Y a:2", "b Z b:1", "a#1 X a:1", "a#1 Y a:2");
        assertThat(Files.parse(List.of("x=a", "a", "b", "a", "y=a"), LABELS)).extracting(Files.Input::label)
                .containsExactly("x", "a#0", "b", "a#1", "y");
    }

    @Test
    void stdin() throws IOException {
        assertThat(read(List.of("-"), STDIN, "BenchmarkIn 1 1 ns/op\n")).containsExactly("- In -:1");
        assertThat(read(List.of(), STDIN, "BenchmarkIn 1 1 ns/op\n")).containsExactly("- In -:1");
        assertThat(read(List.of("foo=-"), BOTH, "BenchmarkIn 1 1 ns/op\n")).containsExactly("foo In -:1");
        assertThatThrownBy(() -> read(List.of("-"), NONE, "BenchmarkIn 1 1 ns/op\n"))
                .hasMessage("open -: no such file or directory");
        assertThat(read(List.of(), NONE, "BenchmarkIn 1 1 ns/op\n")).isEmpty();
    }

    @Test
    void labels() throws IOException {
        writeAB();
        assertThat(read(List.of("a", "b"), LABELS, "")).containsExactly("a X a:1", "a Y a:2", "b Z b:1");
        assertThat(read(List.of("foo=a", "b"), LABELS, "")).containsExactly("foo X a:1", "foo Y a:2", "b Z b:1");
        // Labels are never disambiguated; an empty label is allowed; only the first '=' splits.
        assertThat(read(List.of("foo=a", "foo=a"), LABELS, "")).containsExactly(
                "foo X a:1", "foo Y a:2", "foo X a:1", "foo Y a:2");
        write("x=y", "BenchmarkQ 1 1 ns/op\n");
        assertThat(read(List.of("=b", "l=x=y"), LABELS, "")).containsExactly(" Z b:1", "l Q x=y:1");
        assertThat(read(List.of("x=y"), NONE, "")).containsExactly("x=y Q x=y:1");
    }

    @Test
    void configDoesNotCarryAcrossFilesButUnitMetadataDoes() throws IOException {
        write("a", "goos: linux\nUnit ns/op assume=exact\nBenchmarkX 1 1 ns/op\n");
        write("b", "Unit ns/op assume=nothing\nBenchmarkY 1 1 ns/op\n");
        try (Files f = new Files(List.of("a", "b"), NONE, InputStream.nullInputStream(), dir)) {
            assertThat(f.next()).isInstanceOf(UnitMetadata.class);
            assertThat(((Result) f.next()).config()).containsExactly(
                    new Config(".file", "a", false), new Config("goos", "linux", true));
            assertThat(f.next()).isEqualTo(new SyntaxError("b", 1, "metadata assume of unit ns/op already set to exact"));
            assertThat(((Result) f.next()).config()).containsExactly(new Config(".file", "b", false));
            assertThat(f.units().assumesExact("sec/op")).isTrue();
        }
    }

    @Test
    void directoryIsAnError() throws IOException {
        java.nio.file.Files.createDirectory(dir.resolve("d"));
        assertThatThrownBy(() -> read(List.of("d"), NONE, "")).hasMessage("d:0: read d: is a directory");
    }

    @Test
    void jmhJsonIsDetectedPerFile() throws IOException {
        write("a", "BenchmarkX 1 1 ns/op\n");
        write("j.json", """
                  [ { "benchmark": "org.ex.Bench.run", "mode": "avgt", "threads": 1, "forks": 1,
                      "primaryMetric": { "score": 2.0, "scoreUnit": "ns/op", "rawData": [[1.0, 3.0]] } } ]
                """);
        Set<Files.Option> opts = EnumSet.of(Files.Option.DETECT_JMH_JSON);
        List<String> got = read(List.of("a", "j.json"), opts, "");
        assertThat(got).hasSize(3).first().isEqualTo("a X a:1");
        assertThat(got.get(1)).startsWith("j.json Bench.run j.json:");
        // Without the option, the JSON file is just ignored text.
        assertThat(read(List.of("j.json"), NONE, "")).isEmpty();
    }
}
