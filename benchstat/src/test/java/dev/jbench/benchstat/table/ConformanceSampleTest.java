package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A few benchstat conformance cases run through Reader → Builder → text/CSV renderer, compared byte for byte with
 * real benchstat's standard output. The full suite runs through the command in the {@code cli} package; these
 * cover the table package's own layout, footnote, geomean and CSV rules. The cases live outside the project: the
 * {@code conformance.dir} system property (set by the pom) points at them; without it the test is skipped.
 */
class ConformanceSampleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "example-old-new",          // two files, ~ and significant deltas, geomean
        "example-csv-old-new",      // CSV with padded header and geomean rows
        "example-csv-row-name",     // CSV warning with a cell reference (stderr)
        "example-row-name-warning", // residue warning "benchmarks vary in .fullname", no geomean for one row
        "small-sample-col-note",    // footnotes in center and delta cells
        "zero-col-note",            // zero centers: "?" deltas, missing geomeans, -0.00%, binary scaling
        "units-col-note",           // assume=exact from Unit metadata
        "gob-cpu-col-gomaxprocs",   // empty column label, many tables, shared footnotes
        "crc-csv",                  // CSV with key header changes between tables
        "gob-three-runs-csv",       // CSV with three columns
    })
    void matchesBenchstat(String name) throws IOException {
        String dir = System.getProperty("conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Paths.get(dir, "cases")),
                "conformance cases not found: set -Dconformance.dir=<path to benchstat-conformance> (the pom sets it "
                        + "to ../shared/benchstat-conformance)");
        Path caseDir = Paths.get(dir, "cases", name);
        List<String> args = Files.readAllLines(caseDir.resolve("args"), StandardCharsets.UTF_8);
        Pipeline p = Pipeline.parse(args);
        assertThat(p.supported).as("case %s uses only flags this test understands", name).isTrue();

        StringBuilder err = new StringBuilder();
        Tables tables = p.build(caseDir, err);
        String out = p.render(tables, null, err);

        assertThat(out).as("stdout of %s", name)
                .isEqualTo(Files.readString(caseDir.resolve("stdout"), StandardCharsets.UTF_8));
        String wantErr = Files.readString(caseDir.resolve("stderr"), StandardCharsets.UTF_8);
        assertThat(err.toString().isEmpty()).as("stderr of %s empty? got: %s", name, err)
                .isEqualTo(wantErr.isEmpty());
    }
}
