package dev.jbench.benchstat.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhJsonReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = JmhJsonReaderTest.class.getResourceAsStream("/jmh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Result> results(List<Record> records) {
        return records.stream().filter(Result.class::isInstance).map(Result.class::cast).toList();
    }

    @Test
    void avgtWithGcProfilerBecomesSecPerOpAndBytesPerOp() throws IOException {
        List<Record> records = JmhJsonReader.read(resource("avgt-gc.json"), "old.json",
                List.of(new Config(".file", "old", false)));
        assertThat(records).noneMatch(SyntaxError.class::isInstance);
        List<Result> sort = results(records).stream()
                .filter(r -> r.name().full().startsWith("SortBench.sort")).toList();
        assertThat(sort).hasSize(6); // 2 forks x 3 iterations
        Result first = sort.get(0);
        assertThat(first.name().full()).isEqualTo("SortBench.sort/size=100/kind=random");
        assertThat(first.config()).containsExactly(new Config(".file", "old", false),
                new Config("pkg", "dev.jbench.examples", true));
        assertThat(first.fileName()).isEqualTo("old.json");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.values()).extracting(Value::unit).containsExactly("sec/op", "B/op");
        assertThat(first.values().get(0).value()).isCloseTo(1.4e-6, within(1e-18));
        assertThat(first.values().get(0).origUnit()).isEqualTo("ns/op");
        assertThat(first.values().get(0).origValue()).isCloseTo(1400, within(1e-9));
        assertThat(sort).extracting(r -> r.values().get(1).value())
                .containsExactly(4096.0, 4096.0, 4096.0, 4096.0, 4096.0, 4104.0);
        assertThat(sort).extracting(r -> r.values().get(0).value() * 1e9)
                .satisfiesExactly(
                        v -> assertThat(v).isCloseTo(1400, within(1e-6)),
                        v -> assertThat(v).isCloseTo(1500, within(1e-6)),
                        v -> assertThat(v).isCloseTo(1600, within(1e-6)),
                        v -> assertThat(v).isCloseTo(1500, within(1e-6)),
                        v -> assertThat(v).isCloseTo(1250, within(1e-6)),
                        v -> assertThat(v).isCloseTo(1750, within(1e-6)));
    }

    @Test
    void throughputBecomesOpsPerSecondAndThreadsBecomeTheProcsSuffix() throws IOException {
        List<Result> thrpt = results(JmhJsonReader.read(resource("avgt-gc.json"), "x.json", List.of())).stream()
                .filter(r -> r.name().full().startsWith("SortBench.throughput")).toList();
        assertThat(thrpt).extracting(r -> r.name().full()).containsOnly("SortBench.throughput-4");
        assertThat(thrpt).extracting(r -> r.values().get(0).unit()).containsOnly("ops/s");
        assertThat(thrpt).extracting(r -> r.values().get(0).value()).containsExactly(2000.0, 3000.0);
    }

    @Test
    void sampleModeUsesEachIterationsHistogramMean() throws IOException {
        List<Result> latency = results(JmhJsonReader.read(resource("avgt-gc.json"), "x.json", List.of())).stream()
                .filter(r -> r.name().full().equals("SortBench.latency")).toList();
        assertThat(latency).extracting(r -> r.values().get(0).origValue()).containsExactly(15.0, 20.0);
        assertThat(latency).extracting(r -> r.values().get(0).unit()).containsOnly("sec/op");
    }

    @Test
    void malformedJsonIsOneSyntaxErrorAtItsLine() {
        List<Record> records = JmhJsonReader.read("[\n  {\"benchmark\": \"a.B.c\",\n  \"mode\" \"avgt\"}\n]", "bad.json",
                List.of());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toString()).startsWith("bad.json:3: invalid JSON: expected ':'");
    }

    @Test
    void nonFiniteMeasurementIsReportedAndDropped() {
        String json = "[{\"benchmark\":\"p.C.m\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0,\"NaN\",3.0]]}}]";
        List<Record> records = JmhJsonReader.read(json, "n.json", List.of());
        assertThat(records).filteredOn(SyntaxError.class::isInstance).hasSize(1)
                .first().asString().startsWith("n.json:1: measurement NaN ns/op of p.C.m");
        assertThat(results(records)).extracting(r -> r.values().get(0).origValue()).containsExactly(1.0, 3.0);
    }

    @Test
    void missingPrimaryMetricIsASyntaxError() {
        List<Record> records = JmhJsonReader.read("[{\"benchmark\":\"p.C.m\"}]", "m.json", List.of());
        assertThat(records).singleElement().asString()
                .isEqualTo("m.json:1: JMH result: benchmark object without \"benchmark\" or \"primaryMetric\"");
    }

    @Test
    void emptyArrayHasNoRecords() {
        assertThat(JmhJsonReader.read(" [\n]\n", "e.json", List.of())).isEmpty();
    }

    @Test
    void detectsJsonByItsFirstNonBlankByte() {
        byte[] json = "\uFEFF \n [ {".getBytes(StandardCharsets.UTF_8);
        byte[] go = "goos: linux\n".getBytes(StandardCharsets.UTF_8);
        assertThat(JmhJsonReader.looksLikeJson(json, json.length)).isTrue();
        assertThat(JmhJsonReader.looksLikeJson(go, go.length)).isFalse();
        assertThat(JmhJsonReader.looksLikeJson(new byte[0], 0)).isFalse();
    }
}
