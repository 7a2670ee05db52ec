package dev.jbench.harness.cli;

import dev.jbench.harness.ab.AbOptions;
import dev.jbench.harness.options.BenchTime;
import dev.jbench.harness.options.RunOptions;
import dev.jbench.harness.options.Sampling;
import dev.jbench.harness.options.Shuffle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.jbench.harness.profile.ProfileFlags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags. Go's first, with Go's names and meanings; then the JVM-specific ones. This class only declares and
 * converts; {@link Jbench} runs.
 */
@Command(name = "jbench", mixinStandardHelpOptions = false, sortOptions = false, usageHelpWidth = 110,
        description = {
            "Runs JMH benchmarks the way 'go test -bench' runs Go benchmarks and prints Go's benchmark format,",
            "which jbenchstat (and Go's benchstat) compare.",
            "",
            "  jbench -bench=Sort -benchmem                 run BenchmarkSort* with B/op and allocs/op",
            "  jbench -bench=. -count=10 -o new.txt         10 samples of everything, also into new.txt",
            "  jbench -bench='Sort/size=1000$' -cpu=1,2     one parameter value, on 1 and 2 processors",
            "  jbench -list=.                               list benchmark names",
            "",
            "Names: class SortBenchmark, method sort, @Param size -> BenchmarkSort/size=100-2 (method names other",
            "than the class's stem add a level: Concat.builder -> BenchmarkConcat/builder; -2 = the -cpu value).",
            "",
            "Sampling (default -sampling=rounds): each of the -count rounds runs every selected benchmark once in a",
            "fresh JVM (warm-up, then one measured iteration = one line), so each benchmark's samples are spread over",
            "the whole run. -sampling=quick measures -count iterations back to back in one JVM: a quick look only.",
            "",
            "A/B (-base=OTHER): measures the selected benchmarks of two builds in one run, alternating a fork of the",
            "base and one of the head per sample (ABBA: base first in odd rounds, head first in even ones), writes",
            "-baseout and -o, then prints the jbenchstat comparison. Same JVM settings on both sides, unless",
            "-basejvm/-basejvmarg make the JVM the variable (then -base may be left out: same classes both sides).",
            "-timeout is per side there (the whole A/B run may take twice as long).",
            "  jbench -bench=. -count=10 -base=old.jar -baseout=old.txt -o=new.txt",
            "  jbench -bench=Sort -count=10 -basejvm=/opt/jdk-21/bin/java -o=jdk17.txt -baseout=jdk21.txt",
            "",
            "Flags:"
        })
final class JbenchCommand {

    @Option(names = {"-bench", "--bench"}, paramLabel = "regexp",
            description = "Run benchmarks matching regexp; as in Go, '/' separates name levels and a top-level '|' "
                    + "separates alternatives. '.' runs all.")
    String bench;

    @Option(names = {"-benchtime", "--benchtime"}, paramLabel = "d|Nx", converter = Converters.BenchTimeConverter.class,
            description = "Measured time per sample (default 1s), or exactly N operations (Nx).")
    BenchTime benchTime = BenchTime.DEFAULT;

    @Option(names = {"-count", "--count"}, paramLabel = "n", description = "Samples per benchmark (default 1).")
    int count = 1;

    @Option(names = {"-cpu", "--cpu"}, paramLabel = "list", split = ",",
            description = "Processor counts to run each benchmark with (suffix -N; threads of @Parallel benchmarks).")
    List<Integer> cpus = new ArrayList<>();

    @Option(names = {"-benchmem", "--benchmem"}, arity = "0..1", fallbackValue = "true",
            description = "Print B/op and allocs/op (exact counts, after escape analysis).")
    boolean benchmem;

    @Option(names = {"-timeout", "--timeout"}, paramLabel = "d", converter = Converters.DurationConverter.class,
            description = "Fail the run if it takes longer than d (default 10m; 0 = none).")
    Duration timeout = Duration.ofMinutes(10);

    @Option(names = {"-v", "--v"}, arity = "0..1", fallbackValue = "true",
            description = "Verbose: fork command lines and every iteration on stderr.")
    boolean verbose;

    @Option(names = {"-list", "--list"}, paramLabel = "regexp", description = "List benchmarks matching regexp; run none.")
    String list;

    @Option(names = {"-json", "--json"}, arity = "0..1", fallbackValue = "true",
            description = "Print JSON events (test2json-shaped, with structured metrics) instead of text.")
    boolean json;

    @Option(names = {"-outputdir", "--outputdir"}, paramLabel = "dir",
            description = "Directory for profile output files (created if needed).")
    Path outputDir;

    @Option(names = {"-o", "--o"}, paramLabel = "file",
            description = "Also write the results (text) to file, atomically after every line.")
    Path outFile;

    @Option(names = {"-shuffle", "--shuffle"}, paramLabel = "off|on|N",
            description = "Randomize the order of benchmarks in each round (seed printed).")
    String shuffle = "off";

    @Option(names = {"-failfast", "--failfast"}, arity = "0..1", fallbackValue = "true",
            description = "Start no new benchmark after the first failure.")
    boolean failFast;

    @Option(names = {"-java", "--java"}, paramLabel = "path",
            description = "Java launcher for the forks (default: the one running jbench).")
    Path java;

    @Option(names = {"-jvmarg", "--jvmarg"}, paramLabel = "arg",
            description = "Extra fork JVM argument, repeatable; appended last, so it wins.")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = {"-heap", "--heap"}, paramLabel = "size|default",
            description = "Fork heap, fixed and pre-touched: -Xms=-Xmx=size -XX:+AlwaysPreTouch, huge pages on Linux (default 128m).")
    String heap = "128m";

    @Option(names = {"-cp", "--cp", "-classpath", "--classpath"}, paramLabel = "path",
            description = "Where the benchmarks are (jars, directories, dir/*), added after jbench's own classpath.")
    String classpath;

    @Option(names = {"-sampling", "--sampling"}, paramLabel = "rounds|quick",
            description = "rounds (default): one fresh JVM per sample, round-robin; quick: back to back, unsafe for comparisons.")
    String sampling = "rounds";

    @Option(names = {"-warmup", "--warmup"}, paramLabel = "d", converter = Converters.DurationConverter.class,
            description = "Warm-up per fork before the measured iteration (default 500ms, in 100ms iterations; "
                    + "-benchmem counts allocations in its last two).")
    Duration warmup = Duration.ofMillis(500);

    @Option(names = {"-forktimeout", "--forktimeout"}, paramLabel = "d", converter = Converters.DurationConverter.class,
            description = "Kill a fork running longer than d and fail only its benchmark (default 0 = none).")
    Duration forkTimeout = Duration.ZERO;

    @Option(names = {"-pkg", "--pkg"}, paramLabel = "name",
            description = "Value of the pkg: header (default: the benchmarks' common Java package).")
    String pkg;

    @Option(names = {"-spreadwarn", "--spreadwarn"}, paramLabel = "fraction",
            description = "Warn when a benchmark's samples spread more than this around the median (default 0.05; 0 = never).")
    double spreadWarning = 0.05;

    @Option(names = {"-base", "--base"}, paramLabel = "classpath",
            description = "A/B run: also measure this build (a jar, or classes dir and deps joined with ':', dir/*),"
                    + " interleaved with the head in ABBA rounds, then compare (base=-baseout, head=-o).")
    String base;

    @Option(names = {"-baseout", "--baseout"}, paramLabel = "file",
            description = "A/B run: the base's results file (atomic, like -o; default: a temporary file).")
    Path baseOut;

    @Option(names = {"-basejvm", "--basejvm"}, paramLabel = "path",
            description = "A/B run: java launcher of the base forks (compare JDKs; default: the same as the head).")
    Path baseJava;

    @Option(names = {"-basejvmarg", "--basejvmarg", "-basejvmargs", "--basejvmargs"}, paramLabel = "arg",
            description = "A/B run: extra JVM argument of the base forks only, repeatable (compare JVM flags).")
    List<String> baseJvmArgs = new ArrayList<>();

    /** Go's profiling flags (-cpuprofile, -memprofile, ...): dev.jbench.harness.profile. */
    @Mixin
    ProfileFlags profileFlags = new ProfileFlags();

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** The options these flags describe; {@link IllegalArgumentException} names the flag at fault. */
    RunOptions toOptions(long nowNanos) {
        Sampling s;
        try {
            s = Sampling.valueOf(sampling.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-sampling: want rounds or quick, got \"" + sampling + "\"");
        }
        Shuffle sh;
        try {
            sh = Shuffle.parse(shuffle, nowNanos);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-shuffle: " + e.getMessage());
        }
        return RunOptions.withDefaults()
                .withBench(bench)
                .withBenchTime(benchTime)
                .withCount(count)
                .withCpus(cpus)
                .withBenchmem(benchmem)
                .withTimeout(timeout)
                .withVerbose(verbose)
                .withList(list)
                .withJson(json)
                .withOutputDir(outputDir)
                .withOutFile(outFile)
                .withShuffle(sh)
                .withFailFast(failFast)
                .withJava(java)
                .withJvmArgs(jvmArgs)
                .withHeap(heap)
                .withClasspath(Classpaths.expand(classpath))
                .withSampling(s)
                .withWarmup(warmup)
                .withForkTimeout(forkTimeout)
                .withPkg(pkg)
                .withSpreadWarning(spreadWarning);
    }

    /** The A/B flags (issue 6); {@link AbOptions#enabled()} is false when none was given. */
    AbOptions abOptions() {
        AbOptions ab = new AbOptions(base, baseJava, baseJvmArgs, baseOut);
        if (baseOut != null && !ab.enabled()) {
            throw new IllegalArgumentException("-baseout needs -base, -basejvm or -basejvmarg: there is no base to run");
        }
        if (ab.enabled() && list != null) {
            throw new IllegalArgumentException("-list cannot be combined with -base, -basejvm or -basejvmarg");
        }
        return ab;
    }

}
