package dev.jbench.harness.maven;

import dev.jbench.benchstat.cli.Main;
import dev.jbench.harness.cli.Jbench;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code mvn verify -Pbench}: run the benchmarks, then gate on the baseline (see the package documentation).
 * Exit status: 0 pass, 1 a benchmark failed or a file could not be written, 2 usage error, 3 regression.
 */
public final class BenchGoal {

    /** Exit status of a usage error. */
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Runner jbench;

    /** Runs jbench; a seam so tests can stand in for a real run. */
    interface Runner {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    BenchGoal(PrintStream out, PrintStream err, Runner jbench) {
        this.out = out;
        this.err = err;
        this.jbench = jbench;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new BenchGoal(out, err, BenchGoal::runJbench).run(args));
    }

    /** Runs the goal with {@code args}; returns the exit status. */
    int run(String... args) {
        GateOptions opts;
        try {
            opts = GateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("jbench -Pbench: " + e.getMessage());
            return USAGE;
        }
        int status = jbench.run(opts.jbenchArgs(), out, err);
        if (status != 0) {
            err.println("jbench -Pbench: the benchmark run failed (status " + status + "); no comparison made");
            return status;
        }
        if (opts.updateBaseline()) {
            return updateBaseline(opts);
        }
        if (opts.base() != null) {
            // Issue 6: the base build was measured in the same run, interleaved; gate on it, not on the file.
            // jbench has printed the comparison table already; print only the gate's verdict.
            return compare(opts, opts.baseResults(), "the base build " + opts.base() + " (measured in this run)",
                    "Both builds ran interleaved in this run, so machine drift does not explain it.", false);
        }
        if (opts.baseline() == null || !Files.exists(opts.baseline())) {
            out.println("jbench: no baseline" + (opts.baseline() == null ? "" : " at " + opts.baseline())
                    + "; results are in " + opts.results() + ". To gate future runs on them, run with"
                    + " -Djbench.updateBaseline=true and commit the baseline file.");
            return 0;
        }
        return compare(opts, opts.baseline(), opts.baseline().toString(),
                "If the slowdown is intended, refresh the baseline with -Djbench.updateBaseline=true.", true);
    }

    private int updateBaseline(GateOptions opts) {
        try {
            Path target = opts.baseline().toAbsolutePath();
            Files.createDirectories(target.getParent());
            // A sibling temp file made by copy (not createTempFile) gets the usual permissions of a committed file.
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            Files.copy(opts.results(), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("jbench -Pbench: cannot write the baseline " + opts.baseline() + ": " + e.getMessage());
            return 1;
        }
        out.println("jbench: baseline " + opts.baseline() + " updated from " + opts.results()
                + "; commit it so later builds compare with it.");
        return 0;
    }

    /** Gates on jbenchstat's comparison; {@code table}: print its table (false when jbench printed it already). */
    private int compare(GateOptions opts, Path against, String what, String advice, boolean table) {
        String[] stat = {"-fail-on=regression", "-threshold=" + opts.threshold(), "-alpha=" + opts.alpha(),
            "baseline=" + against, "new=" + opts.results()};
        out.println("jbench: " + (table ? "comparing" : "gating on the comparison") + " with " + what + ": jbenchstat "
                + String.join(" ", stat));
        if (table) {
            out.println();
        }
        int status = Main.run(stat, table ? out : new PrintStream(OutputStream.nullOutputStream()), err,
                InputStream.nullInputStream());
        out.flush();
        if (!table && status == 0) {
            out.println("jbench: no significant regression beyond " + opts.threshold() + " against " + what);
        }
        if (status == 3) {
            err.println("jbench -Pbench: significant regression beyond " + opts.threshold() + " against "
                    + what + " (comparison above). " + advice);
        }
        return status;
    }

    private static int runJbench(List<String> args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int status = new Jbench(o, e).execute(args.toArray(new String[0]));
        o.flush();
        e.flush();
        return status;
    }
}
