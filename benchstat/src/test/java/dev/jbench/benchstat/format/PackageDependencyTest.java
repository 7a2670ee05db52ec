package dev.jbench.benchstat.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency direction of STYLE.md §1 for the two bottom packages: {@code units} uses the JDK only, and
 * {@code format} uses the JDK and {@code units} only (it may later map {@code assume=} to {@code stats}).
 */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/jbench/benchstat");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void unitsUsesOnlyTheJdk() throws IOException {
        assertThat(foreignImports("units", List.of("java."))).isEmpty();
    }

    @Test
    void formatUsesOnlyTheJdkAndUnits() throws IOException {
        assertThat(foreignImports("format", List.of("java.", "dev.jbench.benchstat.units.",
                "dev.jbench.benchstat.stats."))).isEmpty();
    }

    private static List<String> foreignImports(String pkg, List<String> allowed) throws IOException {
        Path dir = SOURCES.resolve(pkg);
        assertThat(dir).as("run from the benchstat module directory").isDirectory();
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (allowed.stream().noneMatch(imp::startsWith)) {
                        bad.add(f.getFileName() + ": " + imp);
                    }
                }
            }
        }
        return bad;
    }
}
