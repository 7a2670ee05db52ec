import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the speed benchmark's input pair: {@code old.txt} and {@code new.txt}, each 200,000 Go benchmark lines
 * (20,000 benchmarks x 10 samples, each with ns/op, B/op and allocs/op; about 14 MB per file).
 *
 * <p>Single-file source program, run without compiling: {@code java GenerateBigPair.java <out-dir> [benchmarks]}.
 * The output is deterministic (fixed seed), so timings of different builds compare the same bytes. The samples of
 * one benchmark are interleaved with the other benchmarks' (round-robin, as {@code go test -count=10} prints
 * them) so the reader's grouping is exercised, and about a third of the benchmarks change between old and new
 * so both the "~" and the significant paths of the statistics run.
 */
public final class GenerateBigPair {

    private static final int SAMPLES = 10;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java GenerateBigPair.java <out-dir> [benchmarks=20000]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int benchmarks = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Files.createDirectories(dir);
        write(dir.resolve("old.txt"), benchmarks, 1.0, 1);
        write(dir.resolve("new.txt"), benchmarks, 1.1, 2);
    }

    private static void write(Path file, int benchmarks, double slowdown, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        SplittableRandom shape = new SplittableRandom(42); // same benchmark shapes in both files
        double[] baseNs = new double[benchmarks];
        long[] bytes = new long[benchmarks];
        long[] allocs = new long[benchmarks];
        for (int b = 0; b < benchmarks; b++) {
            baseNs[b] = 10 + shape.nextDouble() * 100_000;
            allocs[b] = shape.nextInt(20);
            bytes[b] = allocs[b] * (16 + shape.nextInt(512));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("goos: linux\ngoarch: amd64\npkg: dev.jbench.generated\ncpu: Generated CPU @ 3.00GHz\n");
            for (int s = 0; s < SAMPLES; s++) {
                for (int b = 0; b < benchmarks; b++) {
                    double factor = (b % 3 == 0) ? slowdown : 1.0;
                    double ns = baseNs[b] * factor * (1 + 0.03 * rnd.nextGaussian());
                    long iters = Math.max(1, (long) (1e9 / ns));
                    w.write(String.format(Locale.ROOT, "BenchmarkGen%05d/size=%d-8\t%8d\t%9.0f ns/op\t%5d B/op\t%3d allocs/op\n",
                            b / 4, 1 << (b % 4 * 3), iters, ns, bytes[b], allocs[b]));
                }
            }
            w.write("PASS\nok  \tdev.jbench.generated\t12.345s\n");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
