package dev.jbench.benchstat.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * benchstat v2's program flow ({@code cmd/benchstat/main.go}), step for step, so that the same error wins when
 * several are present: flags; no inputs → usage; {@code -filter}; projections {@code -table}, {@code -row},
 * {@code -col}, {@code -ignore} (first error kept); {@code -alpha}; {@code -confidence}; {@code -format}; then the
 * inputs are streamed (syntax errors to stderr as they come), and only after all input was read are the tables
 * built and printed, so an unreadable file leaves stdout empty.
 *
 * <p>Deliberate differences (BENCHSTAT_NOTES §0): an invalid flag value exits 2 and an unreadable input exits 1
 * (benchstat prints the error and exits 0); options may follow the inputs.
 */
final class BenchstatCommand {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int REGRESSION = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Path workingDir;

    BenchstatCommand(PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.workingDir = workingDir;
    }

    int run(String[] args) {
        Options opt = new Options();
        try {
            opt.parse(args);
        } catch (GoFlagSet.HelpRequested e) {
            opt.printUsage(err);
            return OK;
        } catch (GoFlagSet.FlagException e) {
            err.println(e.getMessage());
            opt.printUsage(err);
            return USAGE;
        }
        if (opt.inputs.isEmpty()) {
            opt.printUsage(err);
            return USAGE;
        }
        try {
            return new Pipeline(opt, out, err, in, workingDir).run();
        } catch (UsageError e) {
            err.println("jbenchstat: " + e.getMessage());
            err.println("Run 'jbenchstat -h' for usage.");
            return USAGE;
        } catch (InputError e) {
            err.println("jbenchstat: " + e.getMessage());
            return FAILURE;
        }
    }

    /** A flag value that parsed but is not acceptable (range, syntax of a query): exit status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** An input that cannot be read: exit status 1. */
    static final class InputError extends Exception {
        InputError(String message) {
            super(message, null, false, false);
        }
    }
}
