package dev.jbench.harness.run;

import dev.jbench.harness.api.ReportProfiler;
import dev.jbench.harness.options.ForkSpec;
import dev.jbench.harness.options.JmhOptions;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.Options;

/**
 * The main class of every JVM jbench forks. {@code list} prints the benchmarks on the classpath; {@code run <spec>}
 * measures one {@link ForkSpec} with JMH embedded and streams each iteration as a {@link ForkProtocol} line.
 *
 * <p>A measuring fork boots, loads what the benchmark needs, says {@code ready}, and waits for the host's
 * {@value HostLink#GO}: the host starts it while the previous fork is still warming up, so the next sample does not
 * wait for a JVM to boot (see {@link ForkLauncher}).
 *
 * <p>Three things protect the host: standard output is reserved for the protocol ({@code System.out} is pointed at
 * stderr before any benchmark code runs); the fork halts when its standard input reaches end-of-file before it has
 * finished ({@link HostLink}), which happens when the host dies, even by {@code kill -9}, so no fork outlives
 * jbench; and the JVM always ends with {@code System.exit}, so threads a benchmark left running cannot keep it alive.
 */
public final class ForkMain {

    private ForkMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        HostLink link = HostLink.open(protocol, System.in);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int status = 0;
        try {
            if (args.length > 0 && args[0].equals("list")) {
                ForkListing.print(protocol);
            } else if (args.length > 0 && args[0].equals("run")) {
                ForkSpec spec = ForkSpec.fromArgs(Arrays.asList(args).subList(1, args.length));
                measure(spec, protocol, link);
            } else {
                System.err.println("jbench fork: usage: ForkMain list | run key=value...");
                status = 2;
            }
        } catch (Throwable t) {
            link.send("fail", Failures.describe(t));
            status = 1;
        }
        link.finishing();
        link.send("done");
        System.exit(status);
    }

    private static void measure(ForkSpec spec, PrintStream protocol, HostLink link) throws Exception {
        StreamingFormat format = new StreamingFormat(spec, protocol);
        Options options = JmhOptions.build(spec, List.of(ReportProfiler.class, MeasurementGate.class));
        Runner runner = new Runner(options, format);
        preload(spec, format);
        link.send("ready");
        link.awaitGo();
        runner.run();
    }

    /**
     * Reads JMH's benchmark list and loads (without initialising) the generated class of the benchmark, while the
     * fork is still waiting for its turn: that work then costs nothing on the run's clock.
     */
    private static void preload(ForkSpec spec, OutputFormat format) {
        try {
            String include = "^" + Pattern.quote(spec.benchmark()) + "$";
            ClassLoader loader = ForkMain.class.getClassLoader();
            for (BenchmarkListEntry e : BenchmarkList.defaultList().find(format, List.of(include), List.of())) {
                String target = e.generatedTarget();
                Class.forName(target.substring(0, target.lastIndexOf('.')), false, loader);
            }
        } catch (ClassNotFoundException | RuntimeException e) {
            // Only a head start: JMH reports a missing benchmark itself, with its own words, when it runs.
        }
        primeJdkServices();
    }

    /**
     * Initialises the JDK services JMH's runner touches before its first iteration (measured: about 400 classes
     * and 90 ms after {@code go} without this): the management beans it reads the JVM's description from, the
     * formatter and locale data of its number printing, and the executor machinery of its worker threads.
     */
    private static void primeJdkServices() {
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors();
        String.format(java.util.Locale.getDefault(), "%.3f %s %d %e", 1.5, "x", 2, 3.0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(1);
        try {
            new java.util.concurrent.ExecutorCompletionService<Integer>(pool).submit(() -> 1).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }
}
