package dev.jbench.harness.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a benchmark (method, or every benchmark of a class) as parallel, like Go's {@code b.RunParallel}: jbench runs
 * it on as many JMH worker threads as the run's {@code -cpu} value (default: the number of processors), and reports
 * ns/op as wall time divided by the operations of all threads together, as Go does.
 *
 * <p>State shared between the threads must be {@code @State(Scope.Benchmark)}; per-thread state
 * {@code @State(Scope.Thread)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Parallel {
}
