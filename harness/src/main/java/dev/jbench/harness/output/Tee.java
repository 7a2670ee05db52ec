package dev.jbench.harness.output;

import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Measurement;
import dev.jbench.harness.run.RunListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sends every event to several listeners in order (e.g. JSON on stdout and text into the {@code -o} file). */
public final class Tee implements RunListener {

    private final List<RunListener> all;

    public Tee(List<RunListener> all) {
        this.all = List.copyOf(all);
    }

    @Override
    public void start(Map<String, String> config, List<BenchCase> cases) {
        all.forEach(l -> l.start(config, cases));
    }

    @Override
    public void forkStarted(BenchCase c, int fork, int forks) {
        all.forEach(l -> l.forkStarted(c, fork, forks));
    }

    @Override
    public void iteration(BenchCase c, String phase, int index) {
        all.forEach(l -> l.iteration(c, phase, index));
    }

    @Override
    public void result(Measurement m) {
        all.forEach(l -> l.result(m));
    }

    @Override
    public void failure(BenchCase c, String message) {
        all.forEach(l -> l.failure(c, message));
    }

    @Override
    public void note(String message) {
        all.get(0).note(message);
    }

    @Override
    public void end(Status status, Duration elapsed) {
        all.forEach(l -> l.end(status, elapsed));
    }
}
