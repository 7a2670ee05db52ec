package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with Go on key order: for each row projection in {@code projection/go-row-order.txt}, the rows of the
 * sec/op table sort as the real benchstat printed them (observation order, num, alpha, fixed, .config byte order,
 * several fields), projected with one parser as benchstat does ({@code -table ""}, {@code -row}, {@code -col .file}).
 */
class GoRowOrderTest {

    @TestFactory
    Stream<DynamicTest> sortsRowsLikeGoBenchstat() throws IOException {
        List<Result> results = results();
        Map<String, List<String>> cases = cases();
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Filter filter = Filter.all();
            ProjectionParser pp = new ProjectionParser();
            UnitProjection table = pp.parseWithUnit("", filter);
            Projection rows = pp.parse(c.getKey(), filter);
            pp.parse(".file", filter);
            Set<Key> secOpRows = new LinkedHashSet<>();
            for (Result r : results) {
                var kept = filter.apply(r);
                if (kept.isEmpty()) {
                    continue;
                }
                List<Key> units = table.projection().projectValues(kept.get());
                Key row = rows.project(kept.get());
                for (Key u : units) {
                    if (u.get(table.unit()).equals("sec/op")) {
                        secOpRows.add(row);
                    }
                }
            }
            List<Key> sorted = new ArrayList<>(secOpRows);
            Keys.sort(sorted);
            assertThat(sorted.stream().map(Key::toString).toList()).isEqualTo(c.getValue());
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoRowOrderTest.class.getResourceAsStream("/projection/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Result> results() throws IOException {
        List<Result> out = new ArrayList<>();
        Reader reader = Reader.of(resource("rich.txt"), "rich.txt", ".file", "rich.txt");
        for (Record rec; (rec = reader.next()) != null; ) {
            if (rec instanceof Result r) {
                out.add(r);
            }
        }
        return out;
    }

    /** Blocks of row labels; empty lines inside a block are rows whose key has no values. */
    private static Map<String, List<String>> cases() throws IOException {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        String text = resource("go-row-order.txt");
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                current = new ArrayList<>();
                cases.put(line.substring(4), current);
            } else {
                current.add(line);
            }
        }
        return cases;
    }
}
