package dev.jbench.harness.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.openjdk.jmh.runner.BenchmarkException;
import org.openjdk.jmh.runner.RunnerException;

/** Turns what JMH throws into the user's own exception and a stack trace that stops at JMH's generated code. */
final class Failures {

    private Failures() {
    }

    /** The benchmark's exception with its trace, cut where JMH's machinery begins; never empty. */
    static String describe(Throwable t) {
        Throwable user = unwrap(t);
        StringWriter sw = new StringWriter();
        user.printStackTrace(new PrintWriter(sw));
        StringBuilder out = new StringBuilder();
        for (String line : sw.toString().split("\\R")) {
            if (line.contains(".jmh_generated.") || line.contains("org.openjdk.jmh.runner.")) {
                out.append("\t...\n");
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while (true) {
            if (cur instanceof BenchmarkException && cur.getSuppressed().length > 0) {
                cur = cur.getSuppressed()[0];
            } else if ((cur instanceof RunnerException || cur instanceof BenchmarkException) && cur.getCause() != null) {
                cur = cur.getCause();
            } else {
                return cur;
            }
        }
    }
}
