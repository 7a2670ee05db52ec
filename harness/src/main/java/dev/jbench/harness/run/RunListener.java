package dev.jbench.harness.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The streaming sink of a run, called in order as things happen (JMH's {@code OutputFormat} lifecycle, reduced to
 * what Go prints). Calls come from one thread at a time, but not always the same thread.
 */
public interface RunListener {

    /**
     * Before the first fork.
     *
     * @param config header keys and values ({@code os}, {@code arch}, {@code cpu}, {@code jvm}, {@code jmh},
     *               {@code pkg}, ...)
     * @param cases  every case the run will measure, in first-round order
     */
    void start(Map<String, String> config, List<BenchCase> cases);

    /** A fork for {@code c} starts; {@code fork} of {@code forks} in the whole run (for progress). */
    default void forkStarted(BenchCase c, int fork, int forks) {
    }

    /** An iteration of the running fork ended; {@code phase} is warm-up, alloc or measured. */
    default void iteration(BenchCase c, String phase, int index) {
    }

    /** One result line. */
    void result(Measurement m);

    /** {@code c} failed; {@code message} is the exception or reason, possibly several lines. */
    void failure(BenchCase c, String message);

    /** A warning or note for the user (stderr in text mode). */
    void note(String message);

    /**
     * The run ended.
     *
     * @param status  how
     * @param elapsed since the start of the run
     */
    void end(Status status, Duration elapsed);

    /** How a run ended. */
    enum Status {
        /** Every case measured without failure. */
        PASS,
        /** At least one case failed or the run timed out. */
        FAIL,
        /** Stopped by Ctrl-C (SIGINT/SIGTERM). */
        INTERRUPTED
    }
}
