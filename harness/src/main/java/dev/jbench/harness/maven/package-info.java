/**
 * What {@code mvn verify -Pbench} runs: {@link dev.jbench.harness.maven.BenchGoal} runs the benchmarks with jbench,
 * then compares the results with a committed baseline through jbenchstat's regression gate, or refreshes that
 * baseline. It is a plain {@code main} (run by exec-maven-plugin in a forked JVM) rather than a Maven plugin, so the
 * same step works from a shell, a CI script or any build tool.
 *
 * <p>Steps: (1) split the gate's own flags from jbench's, dropping jbench flags whose value is empty (an unset Maven
 * property); (2) run jbench, which writes the results file {@code -o} atomically; a failing benchmark fails the goal;
 * (3) with {@code -update-baseline}, copy the results over the baseline (temp file, then rename); otherwise, if the
 * baseline exists, print {@code jbenchstat -fail-on=regression -threshold=T baseline new} and return its status
 * (3 on a significant regression beyond the threshold); without a baseline, say how to make one and pass.
 */
package dev.jbench.harness.maven;
