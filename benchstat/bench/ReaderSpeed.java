import dev.jbench.benchstat.format.Files;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.Result;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Speed benchmark of the format reader alone (a benchmark, not a test): reads the given files through
 * {@code format.Files} several times in one JVM and prints, per pass, the main thread's CPU time (robust on a loaded
 * machine, unlike wall time), records and measurements read. The first pass shows the cold cost that a
 * {@code jbenchstat} run pays; later passes show JIT-compiled throughput.
 *
 * <p>Single-file source program, after {@code mvn -q -o -pl benchstat compile}:
 * {@code java -cp benchstat/target/classes benchstat/bench/ReaderSpeed.java [passes] old.txt new.txt}
 * (inputs from {@code GenerateBigPair.java}).
 */
public final class ReaderSpeed {

    public static void main(String[] args) throws Exception {
        int passes = 5;
        int first = 0;
        if (args.length > 0 && args[0].matches("\\d+")) {
            passes = Integer.parseInt(args[0]);
            first = 1;
        }
        List<String> paths = List.of(args).subList(first, args.length);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long records = 0;
            long values = 0;
            try (Files f = new Files(paths)) {
                for (Record r; (r = f.next()) != null; ) {
                    records++;
                    if (r instanceof Result res) {
                        values += res.values().size();
                    }
                }
            }
            double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
            System.out.printf("pass %d: %,d records, %,d measurements, %.1f ms CPU%n", pass, records, values, ms);
        }
    }
}
