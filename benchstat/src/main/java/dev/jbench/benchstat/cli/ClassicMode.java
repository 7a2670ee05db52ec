package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.v1.ClassicCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Dispatch to the classic (benchstat v1) command in {@code dev.jbench.benchstat.v1}. */
final class ClassicMode {

    private ClassicMode() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        return ClassicCommand.run(args, out, err, in, workingDir);
    }
}
