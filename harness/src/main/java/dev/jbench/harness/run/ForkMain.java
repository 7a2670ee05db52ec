package dev.jbench.harness.run;

import dev.jbench.harness.api.ReportProfiler;
import dev.jbench.harness.options.ForkSpec;
import dev.jbench.harness.options.JmhOptions;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.Runner;

/**
 * The main class of every JVM jbench forks. {@code list} prints the benchmarks on the classpath; {@code run <spec>}
 * measures one {@link ForkSpec} with JMH embedded and streams each iteration as a {@link ForkProtocol} line.
 *
 * <p>Three things protect the host: standard output is reserved for the protocol ({@code System.out} is pointed at
 * stderr before any benchmark code runs); a watcher halts this JVM when its standard input reaches end-of-file,
 * which happens when the host dies, even by {@code kill -9}, so no fork outlives jbench; and the JVM always ends
 * with {@code System.exit}, so threads a benchmark left running cannot keep it alive.
 */
public final class ForkMain {

    /** Exit status when the host went away. */
    static final int ORPHANED = 3;

    private ForkMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        watchHost(System.in);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int status = 0;
        try {
            if (args.length > 0 && args[0].equals("list")) {
                ForkListing.print(protocol);
            } else if (args.length > 0 && args[0].equals("run")) {
                ForkSpec spec = ForkSpec.fromArgs(Arrays.asList(args).subList(1, args.length));
                measure(spec, protocol);
            } else {
                System.err.println("jbench fork: usage: ForkMain list | run key=value...");
                status = 2;
            }
        } catch (Throwable t) {
            protocol.println(ForkProtocol.encode("fail", Failures.describe(t)));
            status = 1;
        }
        protocol.println(ForkProtocol.encode("done"));
        protocol.flush();
        System.exit(status);
    }

    private static void measure(ForkSpec spec, PrintStream protocol) throws Exception {
        StreamingFormat format = new StreamingFormat(spec, protocol);
        new Runner(JmhOptions.build(spec, List.of(ReportProfiler.class)), format).run();
    }

    private static void watchHost(InputStream in) {
        Thread t = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // the host never writes; any byte is ignored
                }
            } catch (IOException e) {
                // same as end-of-file: the host is gone
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "jbench-host-watch");
        t.setDaemon(true);
        t.start();
    }
}
