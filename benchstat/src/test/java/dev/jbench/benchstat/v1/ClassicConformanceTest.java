package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code v1-*} case of the shared benchstat conformance corpus through {@link ClassicCommand} in
 * process: stdout byte for byte, stderr empty or not, exit status. The corpus lives outside the project; the pom
 * passes its location as {@code conformance.dir}.
 */
class ClassicConformanceTest {

    @TestFactory
    Stream<DynamicTest> v1Cases() throws IOException {
        String dir = System.getProperty("conformance.dir");
        assumeTrue(dir != null, "system property conformance.dir is not set (run through Maven)");
        Path cases = Path.of(dir, "cases");
        assumeTrue(Files.isDirectory(cases), "conformance corpus not found at " + cases);
        List<Path> v1 = ClassicCases.list(cases);
        assertThat(v1).as("v1 cases in %s", cases).isNotEmpty();
        return v1.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path caseDir) throws IOException {
        ClassicCases.Case c = ClassicCases.read(caseDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClassicCommand.run(c.args().toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(c.stdin()), caseDir);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String name = caseDir.getFileName().toString();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("%s: stdout of %s (stderr: %s)", name, c.args(), stderr)
                .isEqualTo(new String(c.stdout(), StandardCharsets.UTF_8));
        assertThat(exit).as("%s: exit status (stderr: %s)", name, stderr).isEqualTo(c.exit());
        assertThat(stderr.isEmpty()).as("%s: stderr empty? was: %s", name, stderr).isEqualTo(c.stderr().length == 0);
    }
}
