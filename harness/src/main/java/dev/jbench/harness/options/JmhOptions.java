package dev.jbench.harness.options;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Builds the JMH options for one fork (the only place in jbench that touches {@code OptionsBuilder}).
 *
 * <p>JMH runs embedded ({@code forks(0)}) because the JVM is already a fork that jbench started with the right
 * flags. Time mode uses {@link Mode#Throughput}: for one thread it is the inverse of average time, and for parallel
 * benchmarks JMH sums the threads' rates, so {@code 1/score} is wall time over all threads' operations, which is what
 * Go's {@code RunParallel} reports. Count mode ({@code Nx}) uses {@link Mode#SingleShotTime} with a batch of N and
 * {@code operationsPerInvocation(N)}, which makes JMH call the method exactly N times per iteration and report
 * time per operation (without it the score would be the time of the whole batch).
 */
public final class JmhOptions {

    private JmhOptions() {
    }

    /**
     * The options for {@code spec}.
     *
     * @param always profilers every fork gets (jbench's reporting and B/op profilers), added before the spec's own
     */
    public static Options build(ForkSpec spec, List<Class<? extends Profiler>> always) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote(spec.benchmark()) + "$")
                .forks(0)
                .warmupForks(0)
                .threads(spec.threads())
                .warmupIterations(spec.warmupIterations() + spec.allocIterations())
                .measurementIterations(spec.measureIterations())
                .shouldFailOnError(true)
                .shouldDoGC(false);
        spec.params().forEach(b::param);
        if (spec.isCountMode()) {
            int batch = Math.toIntExact(spec.ops());
            b.mode(Mode.SingleShotTime)
                    .timeUnit(TimeUnit.NANOSECONDS)
                    .warmupBatchSize(batch)
                    .measurementBatchSize(batch)
                    .operationsPerInvocation(batch);
        } else {
            b.mode(Mode.Throughput)
                    .timeUnit(TimeUnit.SECONDS)
                    .warmupTime(TimeValue.nanoseconds(spec.warmupNanos()))
                    .measurementTime(TimeValue.nanoseconds(spec.measureNanos()));
        }
        for (Class<? extends Profiler> p : always) {
            b.addProfiler(p);
        }
        for (String p : spec.profilers()) {
            int colon = p.indexOf(':');
            if (colon < 0) {
                b.addProfiler(p);
            } else {
                b.addProfiler(p.substring(0, colon), p.substring(colon + 1));
            }
        }
        return b.build();
    }
}
