package dev.jbench.harness.run;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * Holds a fork before its first measured iteration until the host allows it ({@link HostLink#awaitMeasure()}).
 *
 * <p>The host starts the next fork while this one warms up, to hide JVM start-up; the gate guarantees that the
 * other JVM has finished booting (or was never started) before a single measured operation runs. JMH calls
 * profilers' {@code beforeIteration} before it starts the iteration's worker threads, so the wait is outside the
 * measured time.
 */
public final class MeasurementGate implements InternalProfiler {

    private boolean passed;

    /** Created by JMH through reflection. */
    public MeasurementGate() {
    }

    @Override
    public String getDescription() {
        return "jbench: waits for the host before the first measured iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        HostLink link = HostLink.current();
        if (passed || link == null || iterationParams.getType() != IterationType.MEASUREMENT) {
            return;
        }
        passed = true;
        try {
            link.awaitMeasure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        return List.of();
    }
}
