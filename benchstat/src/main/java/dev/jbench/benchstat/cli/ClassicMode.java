package dev.jbench.benchstat.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Dispatch to the classic (benchstat v1) command in {@code dev.jbench.benchstat.v1}. */
final class ClassicMode {

    private ClassicMode() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        // TODO(cli): call dev.jbench.benchstat.v1.ClassicCommand.run once it is on main.
        err.println("jbenchstat: -v1 (classic benchstat mode) is not available in this build yet; "
                + "run without -v1 for benchstat's current tables");
        return 1;
    }
}
