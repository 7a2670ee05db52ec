package dev.jbench.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden/: a missing file means empty output; on a mismatch the actual text
 * goes to target/golden-got/ for diffing; {@code -Dgolden.update=true} rewrites the golden file.
 */
final class Golden {

    private Golden() {
    }

    static void check(String name, String actual) {
        Path golden = Path.of("src/test/resources/golden", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String want = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
            if (!want.equals(actual)) {
                Path got = Path.of("target/golden-got", name);
                Files.createDirectories(got.getParent());
                Files.writeString(got, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden %s (actual in target/golden-got/%s)", golden, name).isEqualTo(want);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
