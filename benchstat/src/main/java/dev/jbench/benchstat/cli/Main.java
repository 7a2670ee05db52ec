package dev.jbench.benchstat.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jbenchstat} command. {@code -v1} (or {@code --v1}) anywhere before {@code --} selects the classic
 * benchstat mode ({@code dev.jbench.benchstat.v1}); everything else is benchstat v2 ({@link BenchstatCommand}).
 * Exit status: 0 success, 1 failure (unreadable input), 2 usage error, 3 regression found by {@code -fail-on}.
 */
public final class Main {

    private Main() {
    }

    /** Runs jbenchstat on the process's standard streams and exits with its status. */
    public static void main(String[] args) {
        // Buffered, explicitly UTF-8 (tables use │ and µ), flushed once: big comparisons print ~60,000 lines.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err, System.in);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs jbenchstat with relative input paths resolved against the process's working directory. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, null);
    }

    /**
     * Runs jbenchstat.
     *
     * @param args       command-line arguments
     * @param out        receives the tables (nothing when the run fails)
     * @param err        receives diagnostics, warnings (CSV) and the usage text
     * @param in         read for the input {@code -}
     * @param workingDir relative input paths are resolved against it (for in-process tests); {@code null} means the
     *                   process's working directory. Labels and messages show paths as given.
     * @return the exit status: 0, 1, 2 or 3
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        try {
            List<String> rest = new ArrayList<>(args.length);
            boolean classic = false;
            boolean options = true;
            for (String a : args) {
                if (options && a.equals("--")) {
                    options = false;
                } else if (options && (a.equals("-v1") || a.equals("--v1")
                        || a.equals("-v1=true") || a.equals("--v1=true"))) {
                    classic = true;
                    continue;
                }
                rest.add(a);
            }
            String[] argv = rest.toArray(new String[0]);
            return classic ? ClassicMode.run(argv, out, err, in, workingDir)
                    : new BenchstatCommand(out, err, in, workingDir).run(argv);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or an exhausted JVM: say so in one line, never with a stack trace (set JBENCHSTAT_DEBUG to get one).
            out.flush();
            err.println("jbenchstat: internal error: " + e);
            err.println("jbenchstat: please report this with the command line and input files"
                    + (e instanceof OutOfMemoryError ? " (or raise the heap with JAVA_OPTS=-Xmx...)" : ""));
            if (System.getenv("JBENCHSTAT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }
}
