package dev.jbench.harness.profile;

import java.util.List;

/**
 * A profile as pprof models it (github.com/google/pprof/proto/profile.proto), reduced to what jbench writes and
 * reads: typed sample values over call stacks of named functions.
 *
 * @param sampleTypes       what each value of a sample measures, e.g. {@code samples/count, cpu/nanoseconds}
 * @param samples           one entry per distinct stack, values parallel to {@code sampleTypes}
 * @param periodType        what {@code period} measures, or {@code null}
 * @param period            sampling period in {@code periodType} units (CPU: 10,000,000 ns at 100 Hz), ≥ 0
 * @param timeNanos         start of the profile, Unix epoch nanoseconds (0 = unknown)
 * @param durationNanos     profiled time, ns (the measured iterations only), ≥ 0
 * @param defaultSampleType index into {@code sampleTypes} that viewers show first
 * @param mainFile          file name of the first mapping, which pprof prints as {@code File:}; jbench puts the
 *                          benchmark's Go name there; {@code ""} = none
 */
public record Profile(List<ValueType> sampleTypes, List<Sample> samples, ValueType periodType, long period,
                      long timeNanos, long durationNanos, int defaultSampleType, String mainFile) {

    public Profile {
        sampleTypes = List.copyOf(sampleTypes);
        samples = List.copyOf(samples);
    }

    /** A sample type or period type: {@code type} names the quantity, {@code unit} its unit (count, bytes, nanoseconds). */
    public record ValueType(String type, String unit) {
    }

    /** One function call on a stack; {@code line} is 0 when unknown. */
    public record Frame(String function, long line) {
    }

    /**
     * Values observed at one stack.
     *
     * @param stack  leaf first (pprof's order): {@code stack.get(0)} is the function that was running or allocating
     * @param values parallel to {@link Profile#sampleTypes()}
     */
    public record Sample(List<Frame> stack, long[] values) {
        public Sample {
            stack = List.copyOf(stack);
            values = values.clone();
        }
    }

    /** Sum of value {@code index} over all samples. */
    public long total(int index) {
        long t = 0;
        for (Sample s : samples) {
            t += s.values()[index];
        }
        return t;
    }
}
