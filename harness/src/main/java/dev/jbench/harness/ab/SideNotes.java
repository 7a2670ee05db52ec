package dev.jbench.harness.ab;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Passes everything on, but prefixes notes with the side ({@code base: ...}): both sides share stderr. */
final class SideNotes implements RunListener {

    private final String label;
    private final RunListener inner;

    SideNotes(String label, RunListener inner) {
        this.label = label;
        this.inner = inner;
    }

    @Override
    public void start(Map<String, String> config, List<BenchCase> cases) {
        inner.start(config, cases);
    }

    @Override
    public void forkStarted(BenchCase c, int fork, int forks) {
        inner.forkStarted(c, fork, forks);
    }

    @Override
    public void iteration(BenchCase c, String phase, int index) {
        inner.iteration(c, phase, index);
    }

    @Override
    public void result(Measurement m) {
        inner.result(m);
    }

    @Override
    public void failure(BenchCase c, String message) {
        inner.failure(c, message);
    }

    @Override
    public void note(String message) {
        inner.note(label + ": " + message);
    }

    @Override
    public void end(Status status, Duration elapsed) {
        inner.end(status, elapsed);
    }
}
