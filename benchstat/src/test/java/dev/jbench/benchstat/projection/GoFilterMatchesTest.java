package dev.jbench.benchstat.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jbench.benchstat.format.Reader;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with Go on filter semantics: for each filter in {@code projection/go-filter-matches.txt}, the (unit,
 * full name) pairs that survive on {@code projection/rich.txt} are those the real benchstat printed.
 */
class GoFilterMatchesTest {

    @TestFactory
    Stream<DynamicTest> keepsWhatGoBenchstatKeeps() throws IOException {
        List<Result> results = results();
        Map<String, List<String>> cases = cases();
        assertThat(cases).hasSizeGreaterThan(30);
        return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Filter f = Filter.parse(c.getKey());
            TreeSet<String> kept = new TreeSet<>();
            for (Result r : results) {
                f.apply(r).ifPresent(k -> {
                    for (Value v : k.values()) {
                        kept.add(v.unit() + " " + k.name().full());
                    }
                });
            }
            assertThat(new ArrayList<>(kept)).isEqualTo(c.getValue());
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoFilterMatchesTest.class.getResourceAsStream("/projection/" + name)) {
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

    private static Map<String, List<String>> cases() throws IOException {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : resource("go-filter-matches.txt").split("\n")) {
            if (line.startsWith("#") || line.isEmpty()) {
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
