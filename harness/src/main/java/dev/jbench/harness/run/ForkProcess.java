package dev.jbench.harness.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts one fork JVM, streams its protocol lines to a callback as they arrive, and guarantees it is gone
 * afterwards: on the deadline, on {@link #killAll()} (Ctrl-C) and when the host dies (the fork watches its stdin).
 *
 * <p>The fork's stdout carries the protocol; other stdout lines (JVM warnings) and all of its stderr (the
 * benchmark's own printing) are copied line by line to the host's error writer.
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
     * @param elapsedNanos wall time from start to end
     */
    public record Outcome(int exitCode, boolean timedOut, boolean done, String failure, long elapsedNanos) {
    }

    private ForkProcess() {
    }

    /** The host-side file holding a catalog's compiler hints, written once per side and deleted at exit. */
    public static Path writeHints(List<String> hints) throws IOException {
        Path f = Files.createTempFile("jbench-hints", ".txt");
        f.toFile().deleteOnExit();
        Files.write(f, hints);
        return f;
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

    /**
     * Runs {@code command} until it ends or {@code deadlineNanos} ({@link System#nanoTime()} clock; 0 = none).
     *
     * @param onEvent called on a reader thread with the fields of each protocol line, in order
     */
    public static Outcome run(List<String> command, long deadlineNanos, Consumer<List<String>> onEvent,
                              PrintWriter err) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).start();
        LIVE.add(p);
        String[] failure = {null};
        boolean[] done = {false};
        try {
            Thread out = pump(p.getInputStream(), line -> {
                List<String> f = ForkProtocol.decode(line);
                if (f == null) {
                    printErr(err, line);
                } else if (f.get(0).equals("fail")) {
                    failure[0] = f.size() > 1 ? f.get(1) : "";
                } else if (f.get(0).equals("done")) {
                    done[0] = true;
                } else {
                    onEvent.accept(f);
                }
            }, "jbench-fork-out");
            Thread errPump = pump(p.getErrorStream(), line -> printErr(err, line), "jbench-fork-err");
            boolean ended;
            if (deadlineNanos == 0) {
                p.waitFor();
                ended = true;
            } else {
                ended = p.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (!ended) {
                kill(p);
            }
            out.join();
            errPump.join();
            int code = ended ? p.exitValue() : -1;
            return new Outcome(code, !ended, done[0], failure[0], System.nanoTime() - start);
        } finally {
            kill(p);
            LIVE.remove(p);
        }
    }

    /** Kills every running fork and its children; for the Ctrl-C hook. */
    public static void killAll() {
        for (Process p : LIVE) {
            kill(p);
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

    private static Thread pump(InputStream in, Consumer<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the fork was killed; what it said so far has been delivered
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
