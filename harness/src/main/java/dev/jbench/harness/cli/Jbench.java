package dev.jbench.harness.cli;

import dev.jbench.harness.ab.AbOptions;
import dev.jbench.harness.ab.AbRun;
import dev.jbench.harness.ab.BaseBuild;
import dev.jbench.harness.alloc.NativeAllocCounter;
import dev.jbench.harness.options.RunOptions;
import dev.jbench.harness.options.Sampling;
import dev.jbench.harness.output.AtomicFile;
import dev.jbench.harness.output.JsonReport;
import dev.jbench.harness.output.Progress;
import dev.jbench.harness.output.Tee;
import dev.jbench.harness.output.TextReport;
import dev.jbench.harness.profile.ProfileRequest;
import dev.jbench.harness.profile.ProfileSession;
import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.BenchPattern;
import dev.jbench.harness.run.Catalog;
import dev.jbench.harness.run.Discovery;
import dev.jbench.harness.run.ForkProcess;
import dev.jbench.harness.run.Plan;
import dev.jbench.harness.run.RunListener;
import dev.jbench.harness.run.Session;
import dev.jbench.harness.run.Side;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * One jbench invocation: parse, discover, run, report. Testable without exiting: {@link #execute} returns the
 * exit status. Errors reach the user as one {@code jbench: ...} message, never a stack trace.
 */
public final class Jbench {

    /** Exit status of a usage error (Go's flag package uses 2). */
    public static final int USAGE = 2;

    private final PrintWriter out;
    private final PrintWriter err;
    private volatile Session session;
    private volatile AbRun abRun;
    private boolean progress = Progress.stderrIsTerminal();

    public Jbench(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Turns the live progress line on or off (default: on when stderr is a terminal). */
    Jbench withProgress(boolean on) {
        progress = on;
        return this;
    }

    /** Runs jbench with {@code args}; returns 0, 1 or 2. */
    public int execute(String... args) {
        JbenchCommand cmd = new JbenchCommand();
        CommandLine cl = new CommandLine(cmd).setPosixClusteredShortOptionsAllowed(false)
                .setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err);
        RunOptions opts;
        AbOptions ab;
        ProfileRequest profiles;
        try {
            CommandLine.ParseResult pr = cl.parseArgs(args);
            if (pr.isUsageHelpRequested()) {
                cl.usage(out);
                out.flush();
                return 0;
            }
            if (!pr.unmatched().isEmpty() || !cl.getUnmatchedArguments().isEmpty()) {
                throw new IllegalArgumentException("unexpected arguments: " + cl.getUnmatchedArguments());
            }
            opts = cmd.toOptions(System.nanoTime());
            ab = cmd.abOptions();
            profiles = cmd.profileFlags.toRequest(opts.outputDir());
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("jbench: " + e.getMessage());
            err.println("Run 'jbench -h' for usage.");
            err.flush();
            return USAGE;
        }
        try {
            return run(opts, ab, profiles);
        } catch (IllegalArgumentException e) {
            err.println("jbench: " + e.getMessage());
            err.flush();
            return USAGE;
        } catch (IOException e) {
            err.println("jbench: " + e.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("jbench: interrupted");
            err.flush();
            return 1;
        }
    }

    /** Ctrl-C: stop scheduling, kill forks, let the session write its end; called from a shutdown hook. */
    void interrupt() {
        Session s = session;
        AbRun a = abRun;
        if (s != null) {
            s.interrupt();
        }
        if (a != null) {
            a.interrupt();
        }
        ForkProcess.killAll();
        try {
            if (s != null) {
                s.awaitFinished(Duration.ofSeconds(5));
            }
            if (a != null) {
                a.awaitFinished(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int run(RunOptions opts, AbOptions ab, ProfileRequest profiles) throws IOException, InterruptedException {
        BenchPattern listPattern = opts.list() == null ? null : BenchPattern.compile(opts.list());
        BenchPattern benchPattern = opts.bench() == null ? null : BenchPattern.compile(opts.bench());
        if (opts.outputDir() != null) {
            Files.createDirectories(opts.outputDir());
        }
        Side side = side(opts);
        Catalog catalog = Discovery.list(side, Duration.ofMinutes(2));
        if (listPattern != null) {
            return list(catalog, listPattern, opts);
        }
        if (benchPattern == null) {
            err.println("jbench: no -bench flag: nothing to run (-bench=. runs every benchmark, -list=. lists them)");
            err.flush();
            out.println("PASS");
            out.flush();
            return 0;
        }
        List<BenchCase> cases = Plan.select(catalog, benchPattern, opts.cpus());
        if (cases.isEmpty()) {
            err.println("jbench: no benchmarks match -bench=" + opts.bench() + " (-list=. lists them)");
        }
        if (ab.enabled()) {
            return runAb(opts, ab, side, catalog, cases, benchPattern, profiles);
        }
        if (opts.shuffle().enabled()) {
            out.println("-shuffle " + opts.shuffle().seed());
        }
        RunListener listener = listener(opts);
        if (opts.benchmem()) {
            Optional<String> why = NativeAllocCounter.unavailableReason();
            why.ifPresent(w -> listener.note("allocs/op unavailable (B/op still printed): " + w));
        }
        if (opts.sampling() == Sampling.QUICK && opts.count() > 1) {
            listener.note("-sampling=quick: the " + opts.count() + " samples of each benchmark come from one JVM, "
                    + "back to back; they understate run-to-run noise, so do not compare such files with jbenchstat");
        }
        Session s = new Session(opts, side, catalog, listener, err);
        session = s;
        try (ProfileSession ps = cases.isEmpty() ? null : ProfileSession.open(profiles, listener::note)) {
            s.withProfiles(ps);
            RunListener.Status status = s.run(cases, header(opts, catalog, cases));
            return status == RunListener.Status.PASS ? 0 : 1;
        }
    }

    /** Issue 6: head and base interleaved; see {@link AbRun}. */
    private int runAb(RunOptions opts, AbOptions ab, Side head, Catalog headCatalog, List<BenchCase> headCases,
                      BenchPattern pattern, ProfileRequest profiles) throws IOException, InterruptedException {
        if (opts.json() || opts.sampling() == Sampling.QUICK || opts.shuffle().enabled()) {
            throw new IllegalArgumentException("-base, -basejvm and -basejvmarg work with text output and "
                    + "-sampling=rounds only (drop -json, -sampling=quick, -shuffle)");
        }
        List<String> headBenches = opts.classpath().stream().map(Object::toString).toList();
        Side base = BaseBuild.side(head, headBenches, ab);
        Catalog baseCatalog;
        try {
            baseCatalog = Discovery.list(base, Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new IOException("the base build does not start (" + describe(ab) + "): " + e.getMessage(), e);
        }
        List<BenchCase> baseCases = Plan.select(baseCatalog, pattern, opts.cpus());
        if (headCases.isEmpty() && baseCases.isEmpty()) {
            err.println("jbench: no benchmarks match -bench=" + opts.bench() + " on either side (-list=. lists them)");
        }
        AbRun a = new AbRun(opts, ab, out, err, progress);
        abRun = a;
        if (opts.benchmem()) {
            NativeAllocCounter.unavailableReason()
                    .ifPresent(w -> a.note("allocs/op unavailable (B/op still printed): " + w));
        }
        // Profiling flags profile the head side only; with the same build on both sides, the comparison is then
        // what profiling costs.
        try (ProfileSession ps = headCases.isEmpty() || !profiles.any() ? null
                : ProfileSession.open(profiles, m -> a.note(m))) {
            return a.withHeadProfiles(ps).run(head, headCatalog, headCases, base, baseCatalog, baseCases,
                    (cat, cases) -> header(opts, cat, cases));
        }
    }

    private static String describe(AbOptions ab) {
        List<String> flags = new ArrayList<>();
        if (ab.base() != null) {
            flags.add("-base=" + ab.base());
        }
        if (ab.baseJava() != null) {
            flags.add("-basejvm=" + ab.baseJava());
        }
        ab.baseJvmArgs().forEach(a -> flags.add("-basejvmarg=" + a));
        return String.join(" ", flags);
    }

    private RunListener listener(RunOptions opts) {
        List<RunListener> all = new ArrayList<>();
        AtomicFile file = opts.outFile() == null ? null : new AtomicFile(opts.outFile());
        if (opts.json()) {
            all.add(new JsonReport(out, opts.benchmem()));
            if (file != null) {
                all.add(new TextReport(null, file, err, opts.benchmem()));
            }
        } else {
            all.add(new TextReport(out, file, err, opts.benchmem()));
        }
        RunListener l = all.size() == 1 ? all.get(0) : new Tee(all);
        return progress ? new Progress(l, err) : l;
    }

    private int list(Catalog catalog, BenchPattern pattern, RunOptions opts) {
        for (BenchCase c : Plan.select(catalog, pattern, List.of(1))) {
            out.println(c.name());
        }
        out.println("ok  \t" + pkg(opts, Plan.select(catalog, pattern, List.of(1))) + "\t0.000s");
        out.flush();
        return 0;
    }

    private static Side side(RunOptions opts) {
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                cp.add(e);
            }
        }
        opts.classpath().forEach(p -> {
            if (!cp.contains(p.toString())) {
                cp.add(p.toString());
            }
        });
        List<String> jvmArgs = new ArrayList<>();
        if (opts.benchmem()) {
            // JDK 22+ warns on System.load without it; the allocation counter is a native library.
            jvmArgs.add("--enable-native-access=ALL-UNNAMED");
        }
        jvmArgs.addAll(opts.jvmArgs());
        return new Side("head", opts.java() == null ? Side.currentJava() : opts.java(), cp, jvmArgs);
    }

    private static Map<String, String> header(RunOptions opts, Catalog catalog, List<BenchCase> cases) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("os", Machine.os());
        h.put("arch", Machine.arch());
        h.put("cpu", Machine.cpuModel());
        h.put("jvm", catalog.jvm());
        h.put("jmh", catalog.jmh());
        h.put("pkg", pkg(opts, cases));
        h.put("sampling", opts.sampling().name().toLowerCase(java.util.Locale.ROOT));
        return h;
    }

    /** {@code -pkg}, else the longest common package of the benchmarks' classes. */
    static String pkg(RunOptions opts, List<BenchCase> cases) {
        if (opts.pkg() != null) {
            return opts.pkg();
        }
        String common = null;
        for (BenchCase c : cases) {
            String cls = c.benchmark().className();
            String p = cls.lastIndexOf('.') < 0 ? "" : cls.substring(0, cls.lastIndexOf('.'));
            if (common == null) {
                common = p;
            } else {
                while (!(p.equals(common) || p.startsWith(common + ".")) && !common.isEmpty()) {
                    common = common.lastIndexOf('.') < 0 ? "" : common.substring(0, common.lastIndexOf('.'));
                }
            }
        }
        return common == null || common.isEmpty() ? "main" : common;
    }
}
