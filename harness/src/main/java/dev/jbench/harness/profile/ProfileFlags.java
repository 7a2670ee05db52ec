package dev.jbench.harness.profile;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Go's profiling flags, as a picocli mixin of the jbench command. Values are file names; relative ones are placed
 * in {@code -outputdir} as in Go. Unlike Go, each benchmark gets its own files (see {@link ProfileFiles}).
 */
public final class ProfileFlags {

    @Option(names = {"-cpuprofile", "--cpuprofile"}, paramLabel = "file",
            description = "Write a CPU profile (pprof, 100 Hz) of each benchmark's measured iterations: <benchmark>.file, plus a flame graph .html.")
    Path cpuProfile;

    @Option(names = {"-memprofile", "--memprofile"}, paramLabel = "file",
            description = "Write an allocation profile (pprof: alloc_objects, alloc_space) per benchmark, plus a flame graph .html.")
    Path memProfile;

    @Option(names = {"-memprofilerate", "--memprofilerate"}, paramLabel = "n",
            description = "Sample one allocation every n bytes for -memprofile (default 524288; 1 = every allocation, slow).")
    long memProfileRate = ProfileRequest.DEFAULT_MEM_PROFILE_RATE;

    @Option(names = {"-blockprofile", "--blockprofile"}, paramLabel = "file",
            description = "Write a blocking profile (pprof: contentions, delay) of contended locks per benchmark, plus .html.")
    Path blockProfile;

    @Option(names = {"-mutexprofile", "--mutexprofile"}, paramLabel = "file",
            description = "Write a lock contention profile per benchmark (same events as -blockprofile on the JVM), plus .html.")
    Path mutexProfile;

    @Option(names = {"-trace", "--trace"}, paramLabel = "file",
            description = "Write a JFR recording of each benchmark's measured iterations (open with JDK Mission Control).")
    Path trace;

    /** The request these flags describe; relative paths resolved against {@code outputDir} (null = current dir). */
    public ProfileRequest toRequest(Path outputDir) {
        Map<ProfileKind, Path> m = new EnumMap<>(ProfileKind.class);
        put(m, ProfileKind.CPU, cpuProfile, outputDir);
        put(m, ProfileKind.MEM, memProfile, outputDir);
        put(m, ProfileKind.BLOCK, blockProfile, outputDir);
        put(m, ProfileKind.MUTEX, mutexProfile, outputDir);
        return new ProfileRequest(m, trace == null ? null : resolve(trace, outputDir, "-trace"), memProfileRate,
                ProfileRequest.DEFAULT_CPU_INTERVAL_NANOS);
    }

    private static void put(Map<ProfileKind, Path> m, ProfileKind k, Path p, Path dir) {
        if (p != null) {
            m.put(k, resolve(p, dir, "-" + k.flag()));
        }
    }

    private static Path resolve(Path p, Path dir, String flag) {
        if (p.getFileName() == null || p.toString().isEmpty() || p.getFileName().toString().equals("..")
                || p.getFileName().toString().equals(".")) {
            throw new IllegalArgumentException(flag + ": want a file name, got \"" + p + "\"");
        }
        Path base = dir == null ? Path.of("") : dir;
        return base.resolve(p).toAbsolutePath().normalize();
    }
}
