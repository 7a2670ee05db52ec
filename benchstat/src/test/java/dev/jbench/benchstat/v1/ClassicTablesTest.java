package dev.jbench.benchstat.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table layout of classic benchstat on small inputs; expected texts are derived by hand from v1's rules
 * (widths shared by all tables, group rows, rows without a cell reduced to the bare name, trailing notes).
 */
class ClassicTablesTest {

    @TempDir
    Path dir;

    private static final String GROUPED = "pkg: a\n"
            + "BenchmarkFoo-8 10 1000 ns/op 64 B/op\n"
            + "BenchmarkFoo-8 10 1100 ns/op 64 B/op\n"
            + "pkg: b\n"
            + "BenchmarkBar 10 2500000 ns/op\n";

    @Test
    void oneFileSharesColumnWidthsAcrossTablesAndShowsGroups() throws IOException {
        ClassicRun.write(dir, "one.txt", GROUPED);
        ClassicRun run = ClassicRun.in(dir, "one.txt");
        assertThat(run.out()).isEqualTo(""
                + "name   time/op\n"
                + "pkg:a\n"
                + "Foo-8  1.05µs ± 5%\n"
                + "pkg:b\n"
                + "Bar    2.50ms ± 0%\n"
                + "\n"
                + "name   alloc/op\n"
                + "pkg:a\n"
                + "Foo-8   64.0B ± 0%\n"
                + "pkg:b\n"
                + "Bar\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void emptySplitDropsGroupRows() throws IOException {
        ClassicRun.write(dir, "one.txt", GROUPED);
        assertThat(ClassicRun.in(dir, "-split", "", "one.txt").out()).startsWith(""
                + "name   time/op\n"
                + "Foo-8  1.05µs ± 5%\n"
                + "Bar    2.50ms ± 0%\n");
    }

    @Test
    void twoFilesWithoutTestShowEveryDeltaAndDropOneSidedRows() throws IOException {
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 100 ns/op\nBenchmarkB 1 10 ns/op\nBenchmarkOnlyOld 1 5 ns/op\n");
        ClassicRun.write(dir, "new.txt", "BenchmarkA 1 50 ns/op\nBenchmarkB 1 10 ns/op\nBenchmarkOnlyNew 1 5 ns/op\n");
        ClassicRun run = ClassicRun.in(dir, "-delta-test", "none", "-sort", "-name", "old.txt", "new.txt");
        assertThat(run.out()).isEqualTo(""
                + "name  old time/op  new time/op  delta\n"
                + "B     10.0ns ± 0%  10.0ns ± 0%    0.00%\n"
                + "A      100ns ± 0%    50ns ± 0%  -50.00%\n");
    }

    @Test
    void geomeanRowHasNoRangeAndADelta() throws IOException {
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 100 ns/op\nBenchmarkB 1 400 ns/op\n");
        ClassicRun.write(dir, "new.txt", "BenchmarkA 1 100 ns/op\nBenchmarkB 1 100 ns/op\n");
        ClassicRun run = ClassicRun.in(dir, "old.txt", "new.txt", "-geomean", "-delta-test=none");
        assertThat(run.out()).isEqualTo(""
                + "name        old time/op  new time/op  delta\n"
                + "A            100ns ± 0%   100ns ± 0%    0.00%\n"
                + "B            400ns ± 0%   100ns ± 0%  -75.00%\n"
                + "[Geo mean]   200ns        100ns       -50.00%\n");
    }

    @Test
    void threeFilesHaveOneColumnPerFileAndCsvTrimsTheCommonDirectory() throws IOException {
        ClassicRun.write(dir, "r/a.txt", "BenchmarkX 1 1 allocs/op\n");
        ClassicRun.write(dir, "r/b.txt", "BenchmarkX 1 2 allocs/op\n");
        ClassicRun.write(dir, "r/c.txt", "BenchmarkY 1 3 allocs/op\n");
        assertThat(ClassicRun.in(dir, "r/a.txt", "r/b.txt", "r/c.txt").out()).isEqualTo(""
                + "name \\ allocs/op  r/a.txt    r/b.txt    r/c.txt\n"
                + "X                 1.00 ± 0%  2.00 ± 0%\n"
                + "Y                                       3.00 ± 0%\n");
        assertThat(ClassicRun.in(dir, "-csv", "r/a.txt", "r/b.txt", "r/c.txt").out()).isEqualTo(""
                + "name \\ allocs/op (allocs/op),a.txt,±,b.txt,±,c.txt,±\n"
                + "X,1.00000E+00,0%,2.00000E+00,0%\n"
                + "Y,,,,,3.00000E+00,0%\n");
    }

    @Test
    void csvQuotesLikeGoEncodingCsv() throws IOException {
        ClassicRun.write(dir, "a.txt", "BenchmarkA,\"b 1 5 ns/op\nBenchmarkPlain 1 6 ns/op\n");
        assertThat(ClassicRun.in(dir, "-csv", "-norange", "a.txt").out()).isEqualTo(""
                + "name,time/op (ns/op)\n"
                + "\"A,\"\"b\",5.00000E+00\n"
                + "Plain,6.00000E+00\n");
    }

    @Test
    void htmlPageForOneFile() throws IOException {
        ClassicRun.write(dir, "a.txt", "BenchmarkA<b> 1 5 ns/op\n");
        String html = ClassicRun.in(dir, "-html", "a.txt").out();
        assertThat(html).startsWith("<!doctype html>\n<html>\n<head>\n").endsWith(""
                + "<body>\n"
                + "\n"
                + "<table class='benchstat '>\n"
                + "\n"
                + "\n"
                + "<tbody>\n"
                + "\n"
                + "<tr><th><th>time/op\n"
                + "<tr><td>A&lt;b&gt;<td>5.00ns ± 0%\n"
                + "<tr><td>&nbsp;\n"
                + "</tbody>\n"
                + "\n"
                + "</table>\n"
                + "</body>\n"
                + "</html>\n");
    }

    @Test
    void htmlGroupRowsShareTheLineOfTheirFirstRow() throws IOException {
        // The template trims the newline after a group header, so it runs into the group's first row.
        ClassicRun.write(dir, "one.txt", GROUPED);
        assertThat(ClassicRun.in(dir, "-html", "one.txt").out()).contains(""
                + "<tbody>\n"
                + "\n"
                + "<tr><th><th>time/op\n"
                + "<tr class='group'><th colspan='2'>pkg:a<tr><td>Foo-8<td>1.05µs ± 5%\n"
                + "<tr class='group'><th colspan='2'>pkg:b<tr><td>Bar<td>2.50ms ± 0%\n"
                + "<tr><td>&nbsp;\n"
                + "</tbody>\n"
                + "\n"
                + "<tbody>\n"
                + "\n"
                + "<tr><th><th>alloc/op\n"
                + "<tr class='group'><th colspan='2'>pkg:a<tr><td>Foo-8<td>64.0B ± 0%\n"
                + "<tr class='group'><th colspan='2'>pkg:b<tr><td>Bar<td>\n");
    }

    @Test
    void htmlOldNewUsesRealMinusAndChangeClasses() throws IOException {
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 100 ns/op\n");
        ClassicRun.write(dir, "new.txt", "BenchmarkA 1 50 ns/op\n");
        String html = ClassicRun.in(dir, "-html", "-delta-test=none", "old.txt", "new.txt").out();
        assertThat(html).contains(""
                + "\n<table class='benchstat oldnew'>\n"
                + "<tr class='configs'><th><th>old.txt<th>new.txt\n"
                + "\n"
                + "\n"
                + "<tbody>\n"
                + "<tr><th><th colspan='2' class='metric'>time/op<th>delta\n"
                + "<tr class='better'><td>A<td>100ns ± 0%<td>50ns ± 0%<td class='delta'>\u221250.00%<td class='note'>\n"
                + "<tr><td>&nbsp;\n"
                + "</tbody>\n");
    }

    @Test
    void tiedExactUTestGivesTheCorrectPWhereGoGivesZero() throws IOException {
        // BENCHSTAT_NOTES §10: {3,4,5} vs {0,0,1,1,2,2,2} has U1 = 21 = n1*n2; Go's tied exact distribution
        // gives P = 0 (printed p=0.000), the true two-sided exact p is 2/120 (deliberate difference §0.1).
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 3 ns/op\nBenchmarkA 1 4 ns/op\nBenchmarkA 1 5 ns/op\n");
        StringBuilder newer = new StringBuilder();
        for (int v : new int[] {0, 0, 1, 1, 2, 2, 2}) {
            newer.append("BenchmarkA 1 ").append(v).append(" ns/op\n");
        }
        ClassicRun.write(dir, "new.txt", newer.toString());
        assertThat(ClassicRun.in(dir, "old.txt", "new.txt").out()).isEqualTo(""
                + "name  old time/op  new time/op   delta\n"
                + "A     4.00ns ±25%  1.14ns ±100%  -71.43%  (p=0.017 n=3+7)\n");
    }

    @Test
    void welchTTestNotes() throws IOException {
        ClassicRun.write(dir, "old.txt", "BenchmarkA 1 3 ns/op\nBenchmarkB 1 3 ns/op\nBenchmarkB 1 3 ns/op\n");
        ClassicRun.write(dir, "new.txt", "BenchmarkA 1 3 ns/op\nBenchmarkA 1 4 ns/op\nBenchmarkB 1 3 ns/op\n"
                + "BenchmarkB 1 3 ns/op\n");
        assertThat(ClassicRun.in(dir, "-delta-test", "t", "old.txt", "new.txt").out()).isEqualTo(""
                + "name  old time/op  new time/op  delta\n"
                + "A     3.00ns ± 0%  3.50ns ±14%   ~     (too few samples)\n"
                + "B     3.00ns ± 0%  3.00ns ± 0%   ~     (zero variance)\n");
        assertThat(ClassicRun.in(dir, "old.txt", "new.txt").out())
                .contains("B     3.00ns ± 0%  3.00ns ± 0%   ~     (all equal)\n");
    }

    @Test
    void metricNames() {
        assertThat(TableBuilder.metricOf("ns/op")).isEqualTo("time/op");
        assertThat(TableBuilder.metricOf("ns/GC")).isEqualTo("time/GC");
        assertThat(TableBuilder.metricOf("B/op")).isEqualTo("alloc/op");
        assertThat(TableBuilder.metricOf("MB/s")).isEqualTo("speed");
        assertThat(TableBuilder.metricOf("user-ns/op")).isEqualTo("user-time/op");
        assertThat(TableBuilder.metricOf("peak-MB/s")).isEqualTo("peak-speed");
        assertThat(TableBuilder.metricOf("allocs/op")).isEqualTo("allocs/op");
        assertThat(TableBuilder.metricOf("sec/op")).isEqualTo("sec/op");
    }
}
