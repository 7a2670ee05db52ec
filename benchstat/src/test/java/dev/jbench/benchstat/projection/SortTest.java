package dev.jbench.benchstat.projection;

import static dev.jbench.benchstat.projection.Results.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key order: observation, alpha, num, fixed, and the .config byte-order pitfall (BENCHSTAT_NOTES §4.3). */
class SortTest {

    private static Projection parse(String expr) {
        return new ProjectionParser().parse(expr, Filter.all());
    }

    private static List<String> sorted(List<Key> keys) {
        List<Key> copy = new ArrayList<>(keys);
        Keys.sort(copy);
        return copy.stream().map(Key::toStringWithFields).toList();
    }

    private static List<Key> project(Projection p, String key, String... values) {
        List<Key> out = new ArrayList<>();
        for (String v : values) {
            out.add(p.project(r("", key, v)));
        }
        return out;
    }

    @Test
    void observationOrder() {
        Projection s = parse("a");
        assertThat(sorted(project(s, "a", "1", "3", "2"))).containsExactly("a:1", "a:3", "a:2");
    }

    @Test
    void tupleObservationOrder() {
        Projection s = parse("a,b");
        s.project(r("", "a", "1"));
        s.project(r("", "a", "2"));
        s.project(r("", "b", "1"));
        s.project(r("", "b", "2"));
        List<Key> k = List.of(s.project(r("", "a", "2", "b", "1")), s.project(r("", "a", "1", "b", "2")));
        assertThat(sorted(k)).containsExactly("a:1 b:2", "a:2 b:1");
    }

    @Test
    void observationOrderIsUpdatedOnlyByNewKeys() {
        Projection s = parse("a,b");
        Key x1 = s.project(r("", "a", "x", "b", "1"));
        s.project(r("", "a", "x", "b", "1")); // existing key: no update
        Key y2 = s.project(r("", "a", "y", "b", "2"));
        Key x2 = s.project(r("", "a", "x", "b", "2"));
        assertThat(sorted(List.of(x2, y2, x1))).containsExactly("a:x b:1", "a:x b:2", "a:y b:2");
    }

    @Test
    void configSubFieldsSortByteWiseNotInInputOrder() {
        // The PITFALL: .config sub-fields never get an observation order, so "linux" < "windows" < "darwin" in
        // input order still sorts darwin, linux, windows; a missing value ("") sorts first.
        Projection s = parse(".config");
        List<Key> keys = List.of(
                s.project(r("", "goos", "windows")),
                s.project(r("", "goos", "linux")),
                s.project(r("", "goos", "darwin")),
                s.project(r("", "other", "z")));
        assertThat(sorted(keys)).containsExactly("other:z", "goos:darwin", "goos:linux", "goos:windows");
    }

    @Test
    void configWithNamedOrderUsesIt() {
        Projection s = parse(".config@num");
        assertThat(sorted(List.of(s.project(r("", "n", "10")), s.project(r("", "n", "9")))))
                .containsExactly("n:9", "n:10");
    }

    @Test
    void unitFieldIsInObservationOrder() {
        UnitProjection up = new ProjectionParser().parseWithUnit(".config", null);
        var res = Results.withValues("X", List.of(
                new dev.jbench.benchstat.format.Value(1, "sec/op", 1, "sec/op"),
                new dev.jbench.benchstat.format.Value(1, "B/op", 1, "B/op"),
                new dev.jbench.benchstat.format.Value(1, "allocs/op", 1, "allocs/op")), "goos", "linux");
        List<Key> keys = new ArrayList<>(up.projection().projectValues(res));
        Collections.reverse(keys);
        assertThat(sorted(keys)).extracting(s -> s.substring(s.indexOf(".unit:")))
                .containsExactly(".unit:sec/op", ".unit:B/op", ".unit:allocs/op");
    }

    @Test
    void alpha() {
        Projection s = parse("a@alpha");
        assertThat(sorted(project(s, "a", "c", "b", "a"))).containsExactly("a:a", "a:b", "a:c");
    }

    @Test
    void alphaIsUtf8ByteOrderNotUtf16() {
        // U+FF21 (EF BC A1 in UTF-8) sorts before U+1F600 (F0 9F 98 80); Java's compareTo says the opposite.
        Projection s = parse("a@alpha");
        assertThat(sorted(project(s, "a", "😀", "Ａ", "z"))).containsExactly("a:z", "a:Ａ", "a:😀");
    }

    @Test
    void num() {
        Projection s = parse("a@num");
        assertThat(sorted(project(s, "a", "100", "20", "3"))).containsExactly("a:3", "a:20", "a:100");
        Projection t = parse("a@num");
        assertThat(sorted(project(t, "a", "b", "a", "100", "20"))).containsExactly("a:20", "a:100", "a:a", "a:b");
    }

    @Test
    void numWeirdCasesAreStableUnderShuffling() {
        Projection s = parse("a@num");
        List<Key> k = project(s, "a", "1", "-inf", "-infinity", "inf", "infinity", "1.0", "NaN", "nan");
        Random rnd = new Random(1);
        for (int t = 0; t < 10; t++) {
            Collections.shuffle(k, rnd);
            assertThat(sorted(k)).containsExactly("a:-inf", "a:-infinity", "a:1", "a:1.0", "a:inf", "a:infinity",
                    "a:NaN", "a:nan");
        }
    }

    @Test
    void numWithSiAndIecSuffixes() {
        Projection s = parse("/size@num");
        List<Key> k = new ArrayList<>();
        for (String size : List.of("1Mi", "1M", "4k", "1ki", "512", "2KiB", "x")) {
            k.add(s.project(r("Copy/size=" + size)));
        }
        assertThat(sorted(k)).extracting(x -> x.substring(x.indexOf(':') + 1))
                .containsExactly("512", "1ki", "2KiB", "4k", "1M", "1Mi", "x");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1         | 1
            1B        | 1
            1b        | 1
            100.5     | 100.5
            1k        | 1000
            1K        | 1000
            1ki       | 1024
            1kiB      | 1024
            1M        | 1000000
            1Mi       | 1048576
            1G        | 1e9
            1T        | 1e12
            1P        | 1e15
            1E        | 1e18
            1Z        | 1e21
            1Y        | 1e24
            1e3       | 1000
            0x10p0    | 16
            1_000     | 1000
            size=2k   | 2000
            v1.5x     | 1.5
            1e400     | 1
            -2        | -2
            +Inf      | Infinity
            """)
    void parseNum(String x, double want) {
        double got = NumParser.parseNum(x);
        assertThat(NumParser.isError(got)).isFalse();
        assertThat(got).isCloseTo(want, within(Math.abs(want) * 1e-15));
    }

    @ParameterizedTest
    @CsvSource({"abc", "''", "1.2.3", "-", "."})
    void parseNumErrors(String x) {
        assertThat(NumParser.isError(NumParser.parseNum(x))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1_", "_1", "1__0", "0x1", "1e", "1d", "1f", "' 1'", "+nan", "infin", "0b1", "1._5"})
    void goFloatRejects(String x) {
        assertThat(GoFloat.isError(GoFloat.parse(x))).isTrue();
    }

    @Test
    void fixed() {
        Projection s = parse("a@(c b a)");
        assertThat(sorted(project(s, "a", "a", "b", "c"))).containsExactly("a:c", "a:b", "a:a");
    }

    @Test
    void firstDifferingFieldDecides() {
        Projection s = parse("a@alpha,b@num");
        List<Key> k = List.of(
                s.project(r("", "a", "y", "b", "1")),
                s.project(r("", "a", "x", "b", "10")),
                s.project(r("", "a", "x", "b", "9")));
        assertThat(sorted(k)).containsExactly("a:x b:9", "a:x b:10", "a:y b:1");
    }
}
