package dev.jbench.benchstat.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Placeholder until the format/projection/table packages land on main. */
final class Pipeline {
    private final Options opt;
    private final PrintStream err;

    Pipeline(Options opt, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        this.opt = opt;
        this.err = err;
    }

    int run() throws BenchstatCommand.UsageError, BenchstatCommand.InputError {
        throw new BenchstatCommand.InputError("the comparison pipeline is not wired yet");
    }
}
