package dev.jbench.harness.ab;

import java.nio.file.Path;
import java.util.List;

/**
 * The A/B flags of jbench.
 *
 * @param base        {@code -base}: the base build's benchmarks, a classpath ({@code other.jar},
 *                    {@code classes:dep.jar}, {@code lib/*}); {@code null} = the head's own
 * @param baseJava    {@code -basejvm}: java launcher of the base forks; {@code null} = the head's
 * @param baseJvmArgs {@code -basejvmarg}: fork JVM arguments for the base side only, after the shared ones
 * @param baseOut     {@code -baseout}: the base results file; {@code null} = a temporary file (its path is printed)
 */
public record AbOptions(String base, Path baseJava, List<String> baseJvmArgs, Path baseOut) {

    public AbOptions {
        baseJvmArgs = List.copyOf(baseJvmArgs);
    }

    /** No A/B flag given: a normal run. */
    public static AbOptions none() {
        return new AbOptions(null, null, List.of(), null);
    }

    /** True when any base flag asks for an A/B run. */
    public boolean enabled() {
        return (base != null && !base.isBlank()) || baseJava != null || !baseJvmArgs.isEmpty();
    }
}
