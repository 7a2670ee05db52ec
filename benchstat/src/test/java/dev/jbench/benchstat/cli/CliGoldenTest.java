package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the command (STYLE §5): each {@code cli/golden/<case>.args} runs in-process in the {@code cli}
 * resource directory (stdin from {@code <case>.stdin} if present) and must reproduce {@code <case>.stdout},
 * {@code <case>.stderr} (a missing file means empty) and {@code <case>.exit} exactly. On a mismatch the actual
 * output is written to {@code target/golden-got/}. Run with {@code -Dgolden.update=true} to rewrite the goldens
 * in {@code src/test/resources} (then review the diff).
 */
class CliGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException, URISyntaxException {
        Path dir = Path.of(CliGoldenTest.class.getResource("/cli").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir.resolve("golden"))) {
            cases = s.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        assertThat(cases).as("golden cases").isNotEmpty();
        return cases.stream().map(c -> {
            String name = c.getFileName().toString().replace(".args", "");
            return DynamicTest.dynamicTest(name, () -> check(dir, name));
        });
    }

    private static void check(Path dir, String name) throws IOException {
        Path golden = dir.resolve("golden");
        List<String> args = Files.readAllLines(golden.resolve(name + ".args"), StandardCharsets.UTF_8);
        Path stdinFile = golden.resolve(name + ".stdin");
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        Captured got = Captured.runIn(dir, stdin, args.toArray(new String[0]));
        String exit = got.status() + "\n";

        if (UPDATE) {
            Path src = Path.of("src/test/resources/cli/golden");
            write(src.resolve(name + ".stdout"), got.out());
            write(src.resolve(name + ".stderr"), got.err());
            write(src.resolve(name + ".exit"), exit);
            return;
        }
        String wantOut = read(golden.resolve(name + ".stdout"));
        String wantErr = read(golden.resolve(name + ".stderr"));
        String wantExit = read(golden.resolve(name + ".exit"));
        if (!wantOut.equals(got.out()) || !wantErr.equals(got.err()) || !wantExit.equals(exit)) {
            Path out = Path.of("target/golden-got");
            Files.createDirectories(out);
            write(out.resolve(name + ".stdout"), got.out());
            write(out.resolve(name + ".stderr"), got.err());
            write(out.resolve(name + ".exit"), exit);
        }
        String what = "golden case " + name + " (jbenchstat " + String.join(" ", args) + "); got in target/golden-got";
        assertThat(got.out()).as(what + " stdout").isEqualTo(wantOut);
        assertThat(got.err()).as(what + " stderr").isEqualTo(wantErr);
        assertThat(exit).as(what + " exit status").isEqualTo(wantExit);
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static void write(Path p, String text) throws IOException {
        if (text.isEmpty() && !p.toString().endsWith(".exit")) {
            Files.deleteIfExists(p);
        } else {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
    }
}
