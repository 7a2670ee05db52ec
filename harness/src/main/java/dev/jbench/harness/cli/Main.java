package dev.jbench.harness.cli;

import dev.jbench.harness.profile.PprofCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code jbench} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        java.util.List<String> pprof = PprofCommand.subcommandArgs(args);
        if (pprof != null) { // jbench pprof top FILE: dev.jbench.harness.profile
            int status = PprofCommand.execute(out, err, pprof.toArray(new String[0]));
            out.flush();
            err.flush();
            System.exit(status);
        }
        Jbench jbench = new Jbench(out, err);
        Thread hook = new Thread(jbench::interrupt, "jbench-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = jbench.execute(args);
        out.flush();
        err.flush();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Ctrl-C arrived: the JVM is already shutting down and the hook finishes the report.
            return;
        }
        System.exit(status);
    }
}
