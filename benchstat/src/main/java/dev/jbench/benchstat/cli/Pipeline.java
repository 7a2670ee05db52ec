package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.format.Files;
import dev.jbench.benchstat.format.Record;
import dev.jbench.benchstat.format.SyntaxError;
import dev.jbench.benchstat.projection.ExpressionSyntaxException;
import dev.jbench.benchstat.projection.Filter;
import dev.jbench.benchstat.projection.Projection;
import dev.jbench.benchstat.projection.ProjectionParser;
import dev.jbench.benchstat.projection.UnitProjection;
import dev.jbench.benchstat.stats.Thresholds;
import dev.jbench.benchstat.table.Builder;
import dev.jbench.benchstat.table.OutputFormat;
import dev.jbench.benchstat.table.Tables;
import dev.jbench.benchstat.units.GoFloats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * One comparison, from parsed options to rendered tables, in benchstat's order (see {@link BenchstatCommand}).
 * Errors are thrown as {@link BenchstatCommand.UsageError} (a flag value: exit 2) or
 * {@link BenchstatCommand.InputError} (unreadable input: exit 1) before anything reaches {@code out}.
 */
final class Pipeline {

    private final Options opt;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Path workingDir;

    Pipeline(Options opt, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        this.opt = opt;
        this.out = out;
        this.err = err;
        this.in = in;
        this.workingDir = workingDir == null ? Path.of("") : workingDir;
    }

    /** Runs the comparison; returns the exit status (0, or 3 for a regression under {@code -fail-on}). */
    int run() throws BenchstatCommand.UsageError, BenchstatCommand.InputError {
        Filter filter;
        try {
            filter = Filter.parse(opt.filter);
        } catch (ExpressionSyntaxException e) {
            throw new BenchstatCommand.UsageError("parsing -filter: " + e.getMessage());
        }
        // benchstat parses all four projections with one parser (they exclude each other's keys) and reports the
        // first error only.
        ProjectionParser parser = new ProjectionParser();
        String[] error = {null};
        UnitProjection tableBy = parse(error, "-table", () -> parser.parseWithUnit(opt.table, filter));
        Projection rowBy = parse(error, "-row", () -> parser.parse(opt.row, filter));
        Projection colBy = parse(error, "-col", () -> parser.parse(opt.col, filter));
        parse(error, "-ignore", () -> parser.parse(opt.ignore, filter));
        Projection residue = parser.residue();
        if (error[0] != null) {
            throw new BenchstatCommand.UsageError(error[0]);
        }
        if (!(opt.alpha >= 0 && opt.alpha <= 1)) {
            throw new BenchstatCommand.UsageError("-alpha must be in range [0, 1]");
        }
        if (!(opt.confidence >= 0 && opt.confidence <= 1)) {
            throw new BenchstatCommand.UsageError("-confidence must be in range [0, 1]");
        }
        OutputFormat format = OutputFormat.parse(opt.format).orElseThrow(
                () -> new BenchstatCommand.UsageError("-format must be text, csv, markdown or json"));

        Builder builder = new Builder(tableBy.projection(), rowBy, colBy, residue, filter);
        read(builder);
        Tables tables = builder.toTables(opt.confidence, Thresholds.withDefaults().withCompareAlpha(opt.alpha));
        render(format, tables);

        if (opt.failOn == Options.FailOn.REGRESSION) {
            List<String> regressions = RegressionGate.regressions(tables, opt.thresholdPercent);
            if (!regressions.isEmpty()) {
                out.flush();
                err.println("jbenchstat: -fail-on=regression: " + regressions.size()
                        + (regressions.size() == 1 ? " regression" : " regressions") + " (p <= "
                        + GoFloats.formatShortest(opt.alpha) + ", worse than " + opt.thresholdText() + "):");
                for (String r : regressions) {
                    err.println("  " + r);
                }
                return BenchstatCommand.REGRESSION;
            }
        }
        return BenchstatCommand.OK;
    }

    /**
     * Renders through one buffered UTF-8 writer: renderers append many short strings, and each
     * {@code PrintStream.append} would lock and run the charset encoder (15% of a big comparison's time).
     */
    private void render(OutputFormat format, Tables tables) throws BenchstatCommand.InputError {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            format.render(tables, w, err);
            w.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new BenchstatCommand.InputError("writing output: " + e.getMessage());
        }
    }

    /** Streams every input into {@code builder}; syntax errors go to stderr as they come, as in benchstat. */
    private void read(Builder builder) throws BenchstatCommand.InputError {
        try (Files files = new Files(opt.inputs, EnumSet.allOf(Files.Option.class), in, workingDir)) {
            for (Record r; (r = files.next()) != null; ) {
                if (r instanceof SyntaxError e) {
                    err.println(e);
                } else {
                    builder.add(r);
                }
            }
        } catch (IOException e) {
            throw new BenchstatCommand.InputError(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(String[] firstError, String flag, Parse<T> p) {
        try {
            return p.get();
        } catch (ExpressionSyntaxException e) {
            if (firstError[0] == null) {
                firstError[0] = "parsing " + flag + ": " + e.getMessage();
            }
            return null;
        }
    }
}
