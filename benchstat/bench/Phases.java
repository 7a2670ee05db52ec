import dev.jbench.benchstat.format.Files;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.SyntaxError;
import dev.jbench.benchstat.projection.Filter;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.projection.ProjectionParser;
import dev.jbench.benchstat.projection.UnitProjection;
import dev.jbench.benchstat.stats.Thresholds;
import dev.jbench.benchstat.table.Builder;
import dev.jbench.benchstat.table.OutputFormat;
import dev.jbench.benchstat.table.Tables;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

/**
 * Where one comparison spends its time, phase by phase (read only, read + build, summarize, render), in thread
 * CPU time and wall time, in a fresh JVM like the real command. A diagnostic, not part of the build:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp benchstat/target/classes benchstat/bench/Phases.java old.txt new.txt}
 */
public final class Phases {
    public static void main(String[] args) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        ProjectionParser parser = new ProjectionParser();
        Filter filter = Filter.parse("*");
        UnitProjection tableBy = parser.parseWithUnit(".config", filter);
        Projection rowBy = parser.parse(".fullname", filter);
        Projection colBy = parser.parse(".file", filter);
        parser.parse("", filter);
        Builder builder = new Builder(tableBy.projection(), rowBy, colBy, parser.residue(), filter);
        long n = 0;
        boolean readOnly = Boolean.getBoolean("readOnly");
        try (Files files = new Files(List.of(args), EnumSet.allOf(Files.Option.class), System.in,
                java.nio.file.Path.of(""))) {
            for (Record r; (r = files.next()) != null; n++) {
                if (!readOnly && !(r instanceof SyntaxError)) {
                    builder.add(r);
                }
            }
        }
        long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
        Tables tables = builder.toTables(0.95, Thresholds.withDefaults().withCompareAlpha(0.05));
        long c2 = mx.getCurrentThreadCpuTime(), w2 = System.nanoTime();
        var w = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        OutputFormat.TEXT.render(tables, w, new StringBuilder());
        w.flush();
        long c3 = mx.getCurrentThreadCpuTime(), w3 = System.nanoTime();
        System.out.printf("records %d%nread+build cpu %4d ms wall %4d ms%nsummarize cpu %4d ms wall %4d ms%n"
                + "render    cpu %4d ms wall %4d ms%n", n, (c1 - c0) / 1000000, (w1 - w0) / 1000000,
                (c2 - c1) / 1000000, (w2 - w1) / 1000000, (c3 - c2) / 1000000, (w3 - w2) / 1000000);
    }
}
