package dev.jbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.jbench.examples.JsonEncodingBenchmark.HandWrittenJson;
import dev.jbench.examples.JsonEncodingBenchmark.Item;

class JsonEncodingBenchmarkTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void handWrittenEqualsJacksonOnTheBenchmarkData() throws Exception {
        for (int n : new int[] {0, 1, 10, 100}) {
            List<Item> items = JsonEncodingBenchmark.sampleItems(n, 7);
            assertThat(HandWrittenJson.encode(items)).as("items=%d", n).isEqualTo(mapper.writeValueAsString(items));
        }
    }

    @Test
    void handWrittenEqualsJacksonOnEveryEscape() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u00e9\u20ac\ud83d\ude00\u2028/");
        List<Item> items = List.of(new Item(-1, all.toString(), 0.1, 0, false, List.of("", "\"\\")),
                new Item(Long.MAX_VALUE, "", 1e21, Integer.MIN_VALUE, true, List.of()),
                new Item(0, "x", -0.0, 1, true, List.of("a")));
        assertThat(HandWrittenJson.encode(items)).isEqualTo(mapper.writeValueAsString(items));
    }

    @Test
    void outputParsesBackToTheSameItems() throws Exception {
        List<Item> items = JsonEncodingBenchmark.sampleItems(10, 7);
        List<Item> back = mapper.readValue(HandWrittenJson.encode(items), new TypeReference<List<Item>>() { });
        assertThat(back).isEqualTo(items);
    }

    @Test
    void benchmarkMethodsAgree() throws Exception {
        JsonEncodingBenchmark b = new JsonEncodingBenchmark();
        b.items = 10;
        b.makeOrder();
        assertThat(b.handWritten()).isEqualTo(b.jackson()).startsWith("[{\"id\":1000,\"name\":\"widget\",\"price\":");
    }
}
