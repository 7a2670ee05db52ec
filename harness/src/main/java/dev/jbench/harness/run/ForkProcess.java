package dev.jbench.harness.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One fork JVM: started, then told to go ({@link HostLink}), its protocol lines streamed to a callback as they
 * arrive, and guaranteed gone afterwards: on the deadline, on {@link #killAll()} (Ctrl-C) and when the host dies
 * (the fork watches its stdin).
 *
 * <p>Starting and going are separate so that {@link ForkLauncher} can boot the next fork while this one warms up.
 * The fork's stdout carries the protocol; other stdout lines (JVM warnings) and all of its stderr (the benchmark's
 * own printing) are copied line by line to the host's error writer.
 */
public final class ForkProcess {

    /** Every fork alive in this JVM, so a shutdown hook can kill them. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    /**
     * How a fork ended.
     *
     * @param exitCode the JVM's exit status (-1 when killed by us)
     * @param timedOut true when the deadline passed and the fork was killed
     * @param done     true when the fork reported {@code done} (it ended its work normally or with {@code fail})
     * @param failure  the {@code fail} message the fork sent, or {@code null}
     * @param elapsedNanos wall time from {@link #go} to end
     */
    public record Outcome(int exitCode, boolean timedOut, boolean done, String failure, long elapsedNanos) {
    }

    private final List<String> command;
    private final Process process;
    private final OutputStream commands;
    private final Thread out;
    private final Thread errPump;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile Consumer<List<String>> onEvent = f -> { };
    private volatile Runnable beforeMeasure = () -> { };
    private volatile String failure;
    private volatile boolean done;
    private long goNanos;

    private ForkProcess(List<String> command, PrintWriter err) throws IOException {
        this.command = List.copyOf(command);
        this.process = new ProcessBuilder(command).start();
        LIVE.add(process);
        this.commands = process.getOutputStream();
        this.out = pump(process.getInputStream(), line -> {
            List<String> f = ForkProtocol.decode(line);
            if (f == null) {
                printErr(err, line);
            } else {
                protocol(f);
            }
        }, "jbench-fork-out");
        this.errPump = pump(process.getErrorStream(), line -> printErr(err, line), "jbench-fork-err");
    }

    /** Starts {@code command}; the fork boots and waits for {@link #go}. */
    public static ForkProcess start(List<String> command, PrintWriter err) throws IOException {
        return new ForkProcess(command, err);
    }

    /**
     * Runs {@code command} to its end: start, go, {@link #await}. For forks nobody starts ahead (the listing).
     *
     * @param deadlineNanos {@link System#nanoTime()} after which the fork is killed; 0 = none
     * @param onEvent       called on a reader thread with the fields of each protocol line, in order
     */
    public static Outcome run(List<String> command, long deadlineNanos, Consumer<List<String>> onEvent,
                              PrintWriter err) throws IOException, InterruptedException {
        ForkProcess f = start(command, err);
        f.go(onEvent, () -> { });
        return f.await(deadlineNanos);
    }

    /** The fork's command line. */
    public static List<String> command(Side side, List<String> forkFlags, List<String> mainArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(side.java().toString());
        cmd.addAll(forkFlags);
        cmd.addAll(side.jvmArgs());
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, side.classpath()));
        cmd.add(ForkMain.class.getName());
        cmd.addAll(mainArgs);
        return cmd;
    }

    /** The host-side file holding a catalog's compiler hints, written once per side and deleted at exit. */
    public static Path writeHints(List<String> hints) throws IOException {
        Path f = Files.createTempFile("jbench-hints", ".txt");
        f.toFile().deleteOnExit();
        Files.write(f, hints);
        return f;
    }

    /** The command this fork was started with. */
    public List<String> command() {
        return command;
    }

    /**
     * Lets the fork run its benchmark.
     *
     * @param events        receives every protocol line from now on (except the ones this class consumes)
     * @param beforeMeasure runs when the fork is about to start its first measured iteration; the fork waits for
     *                      it to return
     */
    public void go(Consumer<List<String>> events, Runnable beforeMeasure) {
        this.onEvent = events;
        this.beforeMeasure = beforeMeasure;
        goNanos = System.nanoTime();
        send(HostLink.GO);
    }

    /** Waits until the fork has booted and waits for {@link #go}, or has ended; at most {@code timeoutNanos}. */
    public void awaitReady(long timeoutNanos) throws InterruptedException {
        ready.await(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** Waits for the end of the fork, killing it at {@code deadlineNanos} (0 = none), and says how it ended. */
    public Outcome await(long deadlineNanos) throws InterruptedException {
        try {
            boolean ended;
            if (deadlineNanos == 0) {
                process.waitFor();
                ended = true;
            } else {
                ended = process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (!ended) {
                kill(process);
            }
            out.join();
            errPump.join();
            int code = ended ? process.exitValue() : -1;
            return new Outcome(code, !ended, done, failure, System.nanoTime() - goNanos);
        } finally {
            kill();
        }
    }

    /** Kills the fork (and anything it started) if it is still alive. */
    public void kill() {
        kill(process);
        LIVE.remove(process);
    }

    /** Kills every running fork and its children; for the Ctrl-C hook. */
    public static void killAll() {
        for (Process p : LIVE) {
            kill(p);
        }
    }

    private void protocol(List<String> f) {
        switch (f.get(0)) {
            case "ready" -> ready.countDown();
            case "fail" -> failure = f.size() > 1 ? f.get(1) : "";
            case "gate" -> {
                beforeMeasure.run();
                send(HostLink.MEASURE);
            }
            case "done" -> {
                done = true;
                // The fork is exiting; closing its input lets its reader thread leave native code at once.
                closeCommands();
            }
            default -> onEvent.accept(f);
        }
    }

    private void send(String command) {
        try {
            commands.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            commands.flush();
        } catch (IOException e) {
            // The fork has ended; await() reports how.
        }
    }

    private void closeCommands() {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static void kill(Process p) {
        if (!p.isAlive()) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printErr(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    private Thread pump(InputStream in, Consumer<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the fork was killed; what it said so far has been delivered
            } finally {
                ready.countDown();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
