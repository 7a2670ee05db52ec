package dev.jbench.harness.run;

import java.nio.file.Path;
import java.util.List;

/**
 * One build being measured: which java starts its forks, where its benchmarks are, and extra JVM flags. A run has
 * one side today; an interleaved A/B run (issue 6) alternates forks of two sides that differ only here, so every
 * fork-level decision (command line, discovery, compiler hints) is taken per side.
 *
 * @param label     a short name for messages ({@code head}, {@code base})
 * @param java      the java launcher
 * @param classpath the fork classpath: jbench's own entries first, then the benchmarks'
 * @param jvmArgs   extra fork JVM arguments, appended after jbench's own so that they win
 */
public record Side(String label, Path java, List<String> classpath, List<String> jvmArgs) {

    public Side {
        classpath = List.copyOf(classpath);
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** The running JVM's java launcher. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
