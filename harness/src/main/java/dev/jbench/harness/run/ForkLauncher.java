package dev.jbench.harness.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a sequence of forks one after another and hides their start-up: once fork k has finished its first warm-up
 * slice, fork k+1 boots (JVM, pre-touched heap, JMH's benchmark list, the benchmark's classes: 0.2–0.4 s here), so it
 * can begin its benchmark the moment fork k ends.
 *
 * <p>Booting costs CPU, so it must never overlap a measurement: fork k's first measured iteration waits (in
 * {@link MeasurementGate}) until fork k+1 has booted. Only warm-up iterations ever share the machine with a booting
 * JVM. The forks never overlap otherwise: the next one starts its benchmark only after the previous one has exited.
 *
 * <p>A fork started ahead for a command that then does not come next (a case that failed, Ctrl-C, {@code
 * -failfast}) is killed; so is any fork left when the launcher is closed. Callers pass no following command when
 * their forks must start in their turn ({@code Session#startsAhead()}).
 */
public final class ForkLauncher implements AutoCloseable {

    /** Longest wait at the gate for the next fork to boot; after it, the measurement goes ahead anyway. */
    private static final long BOOT_WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final PrintWriter err;
    private final AtomicReference<ForkProcess> next = new AtomicReference<>();

    /** @param err where the forks' own output goes */
    public ForkLauncher(PrintWriter err) {
        this.err = err;
    }

    /**
     * Runs {@code command} to its end, starting {@code following} ahead when given.
     *
     * @param following the command that will run next, or {@code null} when none (or unknown)
     * @param deadlineNanos {@link System#nanoTime()} after which the fork is killed; 0 = none
     */
    public ForkProcess.Outcome run(List<String> command, List<String> following, long deadlineNanos,
                                   Consumer<List<String>> onEvent) throws IOException, InterruptedException {
        ForkProcess fork = take(command);
        // Boot the next fork once this one has finished its own set-up (its first warm-up slice ended), so the two
        // do not compete for the CPU while JMH prepares; at the latest at the gate, where this fork waits for it.
        Runnable startFollowing = () -> {
            if (following != null && next.get() == null) {
                next.set(startAhead(following));
            }
        };
        fork.go(event -> {
            if (event.get(0).equals("iter") && !event.get(1).equals("m")) {
                startFollowing.run();
            }
            onEvent.accept(event);
        }, () -> {
            startFollowing.run();
            ForkProcess booting = next.get();
            if (booting != null) {
                try {
                    booting.awaitReady(BOOT_WAIT_NANOS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        return fork.await(deadlineNanos);
    }

    /** Kills the fork started ahead, if any. */
    @Override
    public void close() {
        ForkProcess f = next.getAndSet(null);
        if (f != null) {
            f.kill();
        }
    }

    private ForkProcess startAhead(List<String> command) {
        try {
            return ForkProcess.start(command, err);
        } catch (IOException e) {
            return null; // it fails again, and is reported, when its turn comes
        }
    }

    private ForkProcess take(List<String> command) throws IOException {
        ForkProcess f = next.getAndSet(null);
        if (f != null && f.command().equals(command)) {
            return f;
        }
        if (f != null) {
            f.kill();
        }
        return ForkProcess.start(command, err);
    }
}
