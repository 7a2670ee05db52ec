/**
 * Per-benchmark profiles (Go's {@code -cpuprofile}, {@code -memprofile}, {@code -blockprofile},
 * {@code -mutexprofile}, {@code -trace}) and {@code jbench pprof top}.
 *
 * <p>Pipeline of a profiled run:
 * <ol>
 *   <li>{@link dev.jbench.harness.profile.ProfileFlags} (a picocli mixin of the jbench command) →
 *       {@link dev.jbench.harness.profile.ProfileRequest}: which profiles, where (relative to {@code -outputdir}).</li>
 *   <li>{@link dev.jbench.harness.profile.ProfileSession#open}: once per run in the host, loads async-profiler
 *       (self-extracting from its Maven jar) and picks the CPU engine ({@link dev.jbench.harness.profile.CpuEngine}:
 *       perf events, else ctimer, said once); if the library cannot load, says so and the run goes on unprofiled.</li>
 *   <li>Per fork, {@link dev.jbench.harness.profile.ProfileSession#prepare} adds
 *       {@link dev.jbench.harness.profile.MeasuredIterationProfiler} to the fork's JMH profilers. In the fork it starts
 *       async-profiler (one JFR file for cpu, alloc and lock events) and, for {@code -trace}, a JDK Flight Recorder
 *       recording, before the first measured iteration, and stops them after the last: no warm-up, no
 *       allocation-counting iteration, never together with the allocation counter's heap-sampling interval.</li>
 *   <li>After the fork, {@link dev.jbench.harness.profile.ProfileSession#forkEnded} appends its JFR to the benchmark's
 *       (chunks concatenate: {@code -count=n} gives one profile over all n samples), converts
 *       ({@link dev.jbench.harness.profile.JfrProfiles} → {@link dev.jbench.harness.profile.Profile} →
 *       {@link dev.jbench.harness.profile.PprofWriter}; flame graphs by jfr-converter's {@code JfrToFlame}) and
 *       publishes each file by rename, under names from {@link dev.jbench.harness.profile.ProfileFiles}.</li>
 * </ol>
 *
 * <p>{@link dev.jbench.harness.profile.PprofCommand} ({@code jbench pprof top}) reads any pprof file with
 * {@link dev.jbench.harness.profile.PprofReader} and prints {@link dev.jbench.harness.profile.PprofTop}, the layout
 * of {@code go tool pprof -top}. The protobuf wire format is hand-written ({@code ProtoWire}): about a hundred lines
 * instead of a protobuf runtime.
 *
 * <p>This package depends on {@code options} (fork specs), async-profiler's API and jfr-converter's reader; the
 * {@code cli} and {@code run} packages call into it through four small hooks.
 */
package dev.jbench.harness.profile;
