package dev.jbench.harness.cli;

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
