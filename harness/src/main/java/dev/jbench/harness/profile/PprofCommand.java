package dev.jbench.harness.profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jbench pprof top [-cum] [-n N] [-sample_index=type] FILE}: the top functions of a pprof profile, laid out
 * as {@code go tool pprof -top} prints them, for people without Go. Reads any pprof protobuf file (gzipped or not).
 */
@Command(name = "jbench pprof", usageHelpWidth = 110, description = {
    "Shows the top functions of a pprof profile as 'go tool pprof -top' does (no Go needed).",
    "",
    "  jbench pprof top BenchmarkSort_size=1000-2.cpu.prof",
    "  jbench pprof top -cum -n 20 BenchmarkSort_size=1000-2.cpu.prof",
    "  jbench pprof top -sample_index=alloc_objects BenchmarkConcat_plusEquals_parts=10-2.mem.prof",
    ""})
public final class PprofCommand {

    @Parameters(index = "0", paramLabel = "top", description = "The report: only 'top' for now.")
    String report;

    @Parameters(index = "1", paramLabel = "FILE", description = "A pprof profile (.prof, .pb.gz, ...).")
    Path file;

    @Option(names = {"-cum", "--cum"}, description = "Sort by cumulative value instead of flat.")
    boolean cum;

    @Option(names = {"-n", "--n", "-nodecount", "--nodecount"}, paramLabel = "N",
            description = "Show at most N functions (default: all above 0.5% of the total, as pprof -top).")
    int limit;

    @Option(names = {"-sample_index", "--sample_index"}, paramLabel = "type",
            description = "Sample type to show (e.g. alloc_objects, alloc_space, contentions, delay; default: the profile's).")
    String sampleIndex;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** Runs {@code jbench pprof ARGS}; returns 0, 1 (file problem) or 2 (usage). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        PprofCommand cmd = new PprofCommand();
        CommandLine cl = new CommandLine(cmd).setOut(out).setErr(err);
        try {
            CommandLine.ParseResult pr = cl.parseArgs(args);
            if (pr.isUsageHelpRequested()) {
                cl.usage(out);
                out.flush();
                return 0;
            }
            if (!cmd.report.equals("top")) {
                throw new IllegalArgumentException("unknown report \"" + cmd.report + "\": want top");
            }
            if (cmd.limit < 0) {
                throw new IllegalArgumentException("-n: must be >= 0");
            }
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("jbench pprof: " + e.getMessage());
            err.println("usage: jbench pprof top [-cum] [-n N] [-sample_index=type] FILE");
            err.flush();
            return 2;
        }
        try {
            Profile p = PprofReader.read(cmd.file);
            int idx = PprofTop.sampleIndex(p, cmd.sampleIndex);
            PprofTop.print(p, idx, cmd.cum, cmd.limit, ZoneId.systemDefault(), out);
            return 0;
        } catch (NoSuchFileException e) {
            err.println("jbench pprof: " + cmd.file + ": no such file");
        } catch (IOException | MalformedProfileException e) {
            err.println("jbench pprof: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("jbench pprof: " + cmd.file + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        err.flush();
        return 1;
    }

    /** The arguments of {@code jbench pprof ...} when {@code args} start with {@code pprof}, else null. */
    public static List<String> subcommandArgs(String[] args) {
        return args.length > 0 && args[0].equals("pprof") ? List.of(args).subList(1, args.length) : null;
    }
}
