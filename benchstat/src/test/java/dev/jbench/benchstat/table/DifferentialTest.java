package dev.jbench.benchstat.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against a real Go {@code benchstat} binary: random inputs (files, config keys, sub-benchmarks,
 * several units incl. {@code assume=exact}, missing cells, few samples) and random
 * projections/flags go through Reader → Builder → text or CSV renderer, and stdout and stderr must equal benchstat's
 * byte for byte.
 *
 * <p>Opt-in: run with {@code -Dbenchstat.go=/path/to/benchstat} (golang.org/x/perf/cmd/benchstat); skipped
 * otherwise. Values are continuous random numbers, hence never tied, so the inputs never reach the tied U-test
 * arrangements where jbenchstat deliberately prints the correct p-value instead of benchstat's (BENCHSTAT_NOTES
 * §0.1; all-equal samples are covered by the conformance cases). Seed with {@code -Ddifferential.seed=N}, count with {@code -Ddifferential.cases=N}.
 */
class DifferentialTest {

    private static final String[] NAMES = {"Sort", "Sort/size=10", "Sort/size=1k", "Map/kind=int/size=10",
        "Map/kind=str/size=10", "Enc/format=json", "Enc/format=gob", "X", "Y,z", "Q\"t"};
    private static final String[][] UNITS = {{"ns/op", "1e3"}, {"B/op", "4096"}, {"allocs/op", "30"},
        {"MB/s", "150"}, {"x-bytes", "1e6"}, {"ops", "50"}};
    private static final String[][] FLAGS = {{}, {"-col", "note"}, {"-row", ".name"}, {"-col", "/size"},
        {"-table", ""}, {"-row", "/size", "-col", ".file"}, {"-ignore", "goos"}, {"-filter", ".unit:ns/op"},
        {"-alpha", "0.1"}, {"-confidence", "0.99"}, {"-col", "/gomaxprocs"}, {"-table", ".name", "-row", "/size"},
        {"-col", ".file,note"}, {"-col", "note@(b a)"}, {"-col", "/size@num"}};

    static Stream<Integer> seeds() {
        long base = Long.getLong("differential.seed", 1);
        // Without a Go binary every case would be skipped; one skipped case is enough to say why.
        int n = System.getProperty("benchstat.go") == null ? 1 : Integer.getInteger("differential.cases", 100);
        return IntStream.range(0, n).mapToObj(i -> (int) (base * 100_000 + i));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameOutputAsGoBenchstat(int seed, @TempDir Path dir) throws Exception {
        String go = System.getProperty("benchstat.go");
        assumeTrue(go != null && Files.isExecutable(Path.of(go)),
                "set -Dbenchstat.go=/path/to/go/benchstat to compare with the real benchstat");
        List<String> args = writeCase(new Random(seed), dir);

        List<String> cmd = new ArrayList<>(List.of(go));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        String wantOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String wantErr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Pipeline pipeline = Pipeline.parse(args);
        StringBuilder err = new StringBuilder();
        String out = pipeline.render(pipeline.build(dir, err), null, err);
        assertThat(out).as("stdout for %s", args).isEqualTo(wantOut);
        assertThat(err.toString()).as("stderr for %s", args).isEqualTo(wantErr);
    }

    /** Writes 1–3 random input files into {@code dir}; returns the arguments. */
    private static List<String> writeCase(Random rnd, Path dir) throws IOException {
        int nFiles = 1 + rnd.nextInt(3);
        boolean exact = rnd.nextInt(3) == 0;
        List<String> names = pick(rnd, NAMES, 1 + rnd.nextInt(5));
        List<String[]> units = pickUnits(rnd, 1 + rnd.nextInt(3));
        double[][] base = new double[names.size()][units.size()];
        for (double[] row : base) {
            for (int u = 0; u < row.length; u++) {
                row[u] = Double.parseDouble(units.get(u)[1]) * (0.1 + 10 * rnd.nextDouble());
            }
        }
        List<String> files = new ArrayList<>();
        for (int f = 0; f < nFiles; f++) {
            StringBuilder sb = new StringBuilder();
            if (exact && f == 0) {
                sb.append("Unit x-bytes assume=exact\n");
            }
            if (rnd.nextInt(10) < 7) {
                sb.append("goos: linux\n");
            }
            if (rnd.nextInt(10) < 3) {
                sb.append("goos: darwin\n");
            }
            sb.append("note: ").append(rnd.nextBoolean() ? "a" : "b").append('\n');
            for (int b = 0; b < names.size(); b++) {
                if (rnd.nextInt(100) < 15) {
                    continue; // missing cell
                }
                int n = new int[] {1, 2, 3, 4, 5, 6, 8, 10, 10, 12}[rnd.nextInt(10)];
                String procs = new String[] {"-8", "-8", "-4", ""}[rnd.nextInt(4)];
                double drift = Math.pow(new double[] {1, 1, 1.05, 0.9, 1.3}[rnd.nextInt(5)], f);
                for (int i = 0; i < n; i++) {
                    sb.append("Benchmark").append(names.get(b)).append(procs).append(" 100");
                    for (int u = 0; u < units.size(); u++) {
                        double v = base[b][u] * drift * (0.9 + 0.2 * rnd.nextDouble());
                        sb.append(' ').append(v).append(' ').append(units.get(u)[0]);
                    }
                    sb.append('\n');
                }
            }
            String name = "f" + f + ".txt";
            Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
            files.add(name);
        }
        List<String> args = new ArrayList<>(List.of(FLAGS[rnd.nextInt(FLAGS.length)]));
        if (rnd.nextInt(10) < 3) {
            args.addAll(List.of("-format", "csv"));
        }
        if (nFiles > 1 && rnd.nextInt(10) < 2) {
            files.replaceAll(f -> "lab" + f.charAt(1) + "=" + f);
        }
        if (rnd.nextInt(10) == 0) {
            files.add(files.get(0)); // the same file twice
        }
        args.addAll(files);
        return args;
    }

    private static List<String> pick(Random rnd, String[] from, int n) {
        List<String> all = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(all, rnd);
        return all.subList(0, n);
    }

    private static List<String[]> pickUnits(Random rnd, int n) {
        List<String[]> all = new ArrayList<>(List.of(UNITS));
        java.util.Collections.shuffle(all, rnd);
        return all.subList(0, n);
    }
}
