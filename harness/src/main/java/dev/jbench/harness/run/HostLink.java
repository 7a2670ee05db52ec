package dev.jbench.harness.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The fork's end of its link to the host: the protocol stream it writes ({@link ForkProtocol} lines on standard
 * output) and the commands the host writes on its standard input, one per line.
 *
 * <p>Commands: {@value #GO} lets a fork that the host started ahead of time (while the previous fork was warming
 * up) begin its benchmark; {@value #MEASURE} lets it begin its first measured iteration (the host holds it at that
 * point while a fork it started ahead is still booting, so that the boot never overlaps a measurement). End of
 * input means the host is gone, even by {@code kill -9}: the fork halts, so no fork outlives jbench. The host closes
 * the input as soon as it reads {@code done}; the reader then leaves its blocking read, which matters because
 * HotSpot's exit waits up to 300 ms for threads still blocked in native code.
 */
public final class HostLink {

    /** Host command: start the benchmark. */
    public static final String GO = "go";
    /** Host command: start the first measured iteration. */
    public static final String MEASURE = "measure";
    /** Exit status when the host went away. */
    static final int ORPHANED = 3;

    private static volatile HostLink current;

    private final PrintStream protocol;
    private final CountDownLatch go = new CountDownLatch(1);
    private final CountDownLatch measure = new CountDownLatch(1);
    private volatile boolean finishing;

    private HostLink(PrintStream protocol) {
        this.protocol = protocol;
    }

    /** Starts reading {@code commands} on a daemon thread; the link is then {@link #current()}. */
    static HostLink open(PrintStream protocol, InputStream commands) {
        HostLink link = new HostLink(protocol);
        Thread t = new Thread(() -> link.read(commands), "jbench-host-link");
        t.setDaemon(true);
        t.start();
        current = link;
        return link;
    }

    /** The link of this fork JVM, or {@code null} outside a fork (e.g. when JMH runs a profiler in the host). */
    public static HostLink current() {
        return current;
    }

    /** Sends one protocol message. */
    public void send(String... fields) {
        synchronized (protocol) {
            protocol.println(ForkProtocol.encode(fields));
            protocol.flush();
        }
    }

    /** Blocks until the host says {@value #GO}. */
    void awaitGo() throws InterruptedException {
        go.await();
    }

    /** Tells the host the first measured iteration is next and blocks until it says {@value #MEASURE}. */
    public void awaitMeasure() throws InterruptedException {
        send("gate");
        measure.await();
    }

    /** Called just before {@code done}: from now on, end of input is the host's answer to it, not its death. */
    void finishing() {
        finishing = true;
    }

    private void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals(GO)) {
                    go.countDown();
                } else if (line.equals(MEASURE)) {
                    measure.countDown();
                }
            }
        } catch (IOException e) {
            // same as end of input: the host is gone
        }
        if (!finishing) {
            Runtime.getRuntime().halt(ORPHANED);
        }
    }
}
