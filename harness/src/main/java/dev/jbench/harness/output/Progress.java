package dev.jbench.harness.output;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wraps a listener and keeps one live line on a terminal's stderr: {@code [fork 7/40] BenchmarkSort/size=100-2
 * warm-up 3 · 52s left}. The line is erased before anything else is printed and redrawn after, so it never ends up
 * in output. Used only when stderr is a terminal ({@link #stderrIsTerminal()}).
 */
public final class Progress implements RunListener {

    private final RunListener inner;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private String current = "";
    private int fork;
    private int forks;
    private BenchCase running;
    private boolean shown;

    public Progress(RunListener inner, PrintWriter err) {
        this.inner = inner;
        this.err = err;
    }

    /**
     * True when file descriptor 2 is a terminal. Java has no isatty; on Linux /proc/self/fd/2 names the device, and
     * elsewhere {@link System#console()} (stdin and stdout are terminals) is the closest approximation.
     */
    public static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    @Override
    public synchronized void start(Map<String, String> config, List<BenchCase> cases) {
        inner.start(config, cases);
    }

    @Override
    public synchronized void forkStarted(BenchCase c, int fork, int forks) {
        this.fork = fork;
        this.forks = forks;
        this.running = c;
        draw("starting");
    }

    @Override
    public synchronized void iteration(BenchCase c, String phase, int index) {
        draw(switch (phase) {
            case "w" -> "warm-up " + index;
            case "a" -> "counting allocations";
            default -> "measured " + index;
        });
    }

    @Override
    public synchronized void result(Measurement m) {
        clear();
        inner.result(m);
        redraw();
    }

    @Override
    public synchronized void failure(BenchCase c, String message) {
        clear();
        inner.failure(c, message);
        redraw();
    }

    @Override
    public synchronized void note(String message) {
        clear();
        inner.note(message);
        redraw();
    }

    @Override
    public synchronized void end(Status status, Duration elapsed) {
        clear();
        inner.end(status, elapsed);
    }

    private void draw(String what) {
        double done = fork - 1;
        String left = "";
        if (done > 0) {
            long perFork = (System.nanoTime() - start) / (long) done;
            left = " · " + eta(Duration.ofNanos(perFork * (forks - fork + 1))) + " left";
        }
        current = String.format(Locale.ROOT, "[fork %d/%d] %s %s%s", fork, forks,
                running == null ? "" : running.name(), what, left);
        redraw();
    }

    private static String eta(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    private void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void redraw() {
        if (current.isEmpty()) {
            return;
        }
        err.print("\r\033[K" + current);
        err.flush();
        shown = true;
    }
}
