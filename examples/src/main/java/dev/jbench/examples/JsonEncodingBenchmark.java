package dev.jbench.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Example 5 — JSON encoding: a real library (jackson-databind, reflection-driven, reused {@link ObjectWriter})
 * against hand-written code (one {@link StringBuilder}, fields written in a fixed order). Both produce the same
 * bytes, which {@code JsonEncodingBenchmarkTest} checks, so the comparison is of cost only.
 *
 * <p>What to look at: ns/op, and with {@code -benchmem} B/op and allocs/op, which show what the generic path
 * costs per item. The writer is created once (in {@code @Setup}); creating an {@link ObjectMapper} per operation is
 * a classic mistake that would dominate the result.
 *
 * <p>How to run:
 * <pre>
 * ./jbench -bench=JsonEncoding -benchmem
 * ./jbench -bench='JsonEncoding/jackson' -benchmem -count=10 &gt; new.txt   # BenchmarkJsonEncoding/jackson/items=10-2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonEncodingBenchmark {

    /** Items in the encoded list. */
    @Param({"10", "100"})
    int items;

    List<Item> order;
    ObjectWriter jackson;

    /** One line of an order; Jackson writes record components in declaration order. */
    public record Item(long id, String name, double price, int quantity, boolean gift, List<String> tags) {
    }

    @Setup
    public void makeOrder() {
        order = sampleItems(items, 7);
        jackson = new ObjectMapper().writer();
    }

    @Benchmark
    public String jackson() throws JsonProcessingException {
        return jackson.writeValueAsString(order);
    }

    @Benchmark
    public String handWritten() {
        return HandWrittenJson.encode(order);
    }

    /** {@code n} items with varied names (some needing escapes), prices and tags; the same for the same seed. */
    static List<Item> sampleItems(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] names = {"widget", "gadget \"deluxe\"", "spare part\\7", "caf\u00e9 cr\u00e8me", "line\nbreak", "tab\tbed"};
        String[] tags = {"new", "sale", "eco", "fragile"};
        List<Item> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> t = new ArrayList<>();
            for (String tag : tags) {
                if (rnd.nextInt(3) == 0) {
                    t.add(tag);
                }
            }
            list.add(new Item(1000L + i, names[i % names.length], rnd.nextInt(100_000) / 100.0,
                    1 + rnd.nextInt(9), rnd.nextBoolean(), List.copyOf(t)));
        }
        return List.copyOf(list);
    }

    /** The hand-written encoder: Jackson's output format for a list of {@link Item}, without reflection. */
    static final class HandWrittenJson {

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();

        private HandWrittenJson() {
        }

        static String encode(List<Item> items) {
            StringBuilder sb = new StringBuilder(64 + items.size() * 96);
            sb.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Item it = items.get(i);
                sb.append("{\"id\":").append(it.id());
                sb.append(",\"name\":");
                string(sb, it.name());
                sb.append(",\"price\":").append(it.price());
                sb.append(",\"quantity\":").append(it.quantity());
                sb.append(",\"gift\":").append(it.gift());
                sb.append(",\"tags\":[");
                List<String> tags = it.tags();
                for (int j = 0; j < tags.size(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    string(sb, tags.get(j));
                }
                sb.append("]}");
            }
            return sb.append(']').toString();
        }

        /** A JSON string literal, escaped as Jackson does: short escapes where JSON has them, else \\u00XX. */
        static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20) {
                            sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
