package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the shared benchstat conformance corpus ({@code -Dconformance.dir}, set by the pom to
 * {@code ../shared/benchstat-conformance}) through {@link Main#run} in-process: arguments from {@code args} (one per
 * line), the case directory as working directory, stdin from {@code stdin}; stdout must match byte for byte, stderr
 * must be empty exactly when the expected one is, and the exit status must match. Cases named {@code v1-*} run in
 * classic mode ({@code -v1}), as {@code run-conformance --v1-cmd "jbenchstat -v1"} does.
 * The corpus is not part of this project; without it the test is skipped with the reason.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformanceCases() throws IOException {
        String dir = System.getProperty("conformance.dir");
        Path cases = dir == null ? null : Path.of(dir, "cases");
        assumeTrue(cases != null && Files.isDirectory(cases),
                "conformance corpus not found at " + cases + " (set -Dconformance.dir=<benchstat-conformance dir>)");
        List<Path> dirs;
        try (Stream<Path> list = Files.list(cases)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), c.toUri(), () -> check(c)));
    }

    private static void check(Path c) throws IOException {
        List<String> args = new ArrayList<>();
        if (c.getFileName().toString().startsWith("v1-")) {
            args.add("-v1");
        }
        Path argsFile = c.resolve("args");
        if (Files.exists(argsFile)) {
            args.addAll(Files.readAllLines(argsFile, StandardCharsets.UTF_8));
        }
        Path stdinFile = c.resolve("stdin");
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        String expectedOut = Files.readString(c.resolve("stdout"), StandardCharsets.UTF_8);
        boolean expectErr = Files.size(c.resolve("stderr")) > 0;
        int expectedExit = Integer.parseInt(Files.readString(c.resolve("exit")).trim());

        Captured got = Captured.runIn(c, stdin, args.toArray(new String[0]));

        String what = "case " + c.getFileName() + " (jbenchstat " + String.join(" ", args) + ")\n--- stderr\n" + got.err();
        assertThat(got.out()).as(what).isEqualTo(expectedOut);
        assertThat(got.status()).as(what).isEqualTo(expectedExit);
        assertThat(!got.err().isEmpty()).as(what + "\nstderr non-empty").isEqualTo(expectErr);
    }
}
