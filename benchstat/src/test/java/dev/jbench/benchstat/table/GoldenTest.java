package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the formats that are ours (Markdown, JSON): {@code src/test/resources/golden/<case>.txt} is the
 * input, {@code <case>.args} optional flags (one per line), {@code <case>.md} and {@code <case>.json} the expected
 * output. On a mismatch the actual output is written to {@code target/golden-got/}; run with
 * {@code -Dgolden.update=true} to regenerate the expected files after an intended change (then review the diff).
 * Every case also renders under a comma-decimal default locale to prove the output is locale-independent.
 */
class GoldenTest {

    private static final Path DIR = Paths.get("src/test/resources/golden");
    private static final Path GOT = Paths.get("target/golden-got");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt")) {
                    String c = name.substring(0, name.length() - 4);
                    out.add(Arguments.of(c, "markdown", ".md"));
                    out.add(Arguments.of(c, "json", ".json"));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}{2}")
    @MethodSource("cases")
    void matchesGolden(String name, String format, String ext) throws IOException {
        List<String> args = new ArrayList<>();
        Path argsFile = DIR.resolve(name + ".args");
        if (Files.exists(argsFile)) {
            args.addAll(Files.readAllLines(argsFile, StandardCharsets.UTF_8));
        }
        args.add(name + ".txt");
        Pipeline p = Pipeline.parse(args);

        Locale saved = Locale.getDefault();
        String got;
        String gotGerman;
        try {
            Locale.setDefault(Locale.ROOT);
            got = run(p, format);
            Locale.setDefault(Locale.GERMANY);
            gotGerman = run(p, format);
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(gotGerman).as("output under a comma-decimal locale").isEqualTo(got);

        Path expected = DIR.resolve(name + ext);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, got, StandardCharsets.UTF_8);
            return;
        }
        String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
        if (!want.equals(got)) {
            Files.createDirectories(GOT);
            Path gotFile = GOT.resolve(name + ext);
            Files.writeString(gotFile, got, StandardCharsets.UTF_8);
            fail("%s%s differs from golden file; actual output in %s (regenerate with -Dgolden.update=true)%n%s",
                    name, ext, gotFile, diff(want, got));
        }
    }

    /** The lines around the first difference, unified-diff style ({@code -} expected, {@code +} actual). */
    static String diff(String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        int first = 0;
        while (first < w.length && first < g.length && w[first].equals(g[first])) {
            first++;
        }
        int wEnd = w.length;
        int gEnd = g.length;
        while (wEnd > first && gEnd > first && w[wEnd - 1].equals(g[gEnd - 1])) {
            wEnd--;
            gEnd--;
        }
        StringBuilder sb = new StringBuilder("@@ line ").append(first + 1).append(" @@\n");
        for (int i = Math.max(0, first - 2); i < first; i++) {
            sb.append(' ').append(w[i]).append('\n');
        }
        for (int i = first; i < wEnd && i < first + 20; i++) {
            sb.append('-').append(w[i]).append('\n');
        }
        for (int i = first; i < gEnd && i < first + 20; i++) {
            sb.append('+').append(g[i]).append('\n');
        }
        return sb.toString();
    }

    private static String run(Pipeline p, String format) throws IOException {
        StringBuilder err = new StringBuilder();
        Tables t = p.build(DIR, err);
        assertThat(err).as("syntax errors").isEmpty();
        return p.render(t, format, err);
    }

    @org.junit.jupiter.api.Test
    void diffShowsTheChangedLinesWithContext() {
        assertThat(diff("a\nb\nc\nd\n", "a\nb\nX\nd\n")).isEqualTo("@@ line 3 @@\n a\n b\n-c\n+X\n");
    }
}
