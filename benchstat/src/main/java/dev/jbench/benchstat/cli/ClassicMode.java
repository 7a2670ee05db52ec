package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.v1.ClassicCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Dispatch to the classic (benchstat v1) command, {@link ClassicCommand}, for {@code -v1}. */
final class ClassicMode {

    private ClassicMode() {
    }

    /** Runs classic benchstat on {@code args} (without the {@code -v1} flag); returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workingDir) {
        return ClassicCommand.run(args, out, err, in, workingDir);
    }
}
