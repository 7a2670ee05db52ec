package dev.jbench.benchstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Docs are tests (STYLE §5): every {@code $ jbenchstat …} line of the usage text runs in-process on the CLI test
 * data ({@code src/test/resources/cli}) and must succeed: exit status 0 (or the status its {@code # exit status N}
 * comment promises), tables on stdout, and no error on stderr.
 */
class UsageExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyUsageExampleRuns() throws URISyntaxException {
        Path dir = Path.of(UsageExamplesTest.class.getResource("/cli").toURI());
        String usage = Captured.run("-h").err();
        List<String> examples = usage.lines().map(String::strip).filter(l -> l.startsWith("$ jbenchstat ")).toList();
        assertThat(examples).as("examples in the usage text").hasSizeGreaterThanOrEqualTo(5);
        return examples.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            String command = line.substring("$ jbenchstat ".length());
            int expected = 0;
            int comment = command.indexOf('#');
            if (comment >= 0) {
                String note = command.substring(comment + 1).strip();
                assertThat(note).startsWith("exit status ");
                expected = Integer.parseInt(note.substring("exit status ".length()));
                command = command.substring(0, comment);
            }
            String[] args = Arrays.stream(command.strip().split("\\s+")).toArray(String[]::new);
            Captured r = Captured.runIn(dir, new byte[0], args);
            assertThat(r.status()).as(r.toString()).isEqualTo(expected);
            assertThat(r.out()).as(r.toString()).isNotBlank();
            if (expected == 0) {
                assertThat(r.err()).as(r.toString()).isEmpty();
            } else {
                assertThat(r.err()).as(r.toString()).contains("regression");
            }
        }));
    }
}
