package dev.jbench.harness.run;

import dev.jbench.harness.alloc.AllocProfiler;
import dev.jbench.harness.options.ForkSpec;
import dev.jbench.harness.options.GoDuration;
import dev.jbench.harness.options.RunOptions;
import dev.jbench.harness.options.Sampling;
import dev.jbench.harness.profile.ProfileSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the cases of one side and streams results to a {@link RunListener}.
 *
 * <p>Scheduling ({@link Sampling}): in {@code ROUNDS} (default), round r forks every remaining case once and each
 * fork yields one line; {@code -count} rounds. In {@code QUICK} each case gets one fork with {@code -count} measured
 * iterations. {@code -shuffle} reorders each round. A failed case is reported once ({@code --- FAIL}) and dropped
 * from later rounds; with {@code -failfast} nothing new starts after the first failure. {@code -timeout} bounds the
 * whole run as in Go: when it passes, the running fork is killed, reported, and the run ends.
 *
 * <p>The unit of work is "one fork of one case on one side" ({@link #runFork}), so an interleaved A/B run (issue 6)
 * is a different loop over the same method with two sides.
 */
public final class Session {

    /** Warm-up iteration length: short enough to measure warm-up in small steps, long enough to let C2 finish. */
    static final long WARMUP_SLICE_NANOS = 100_000_000L;

    private final RunOptions options;
    private final Side side;
    private final List<String> forkFlags;
    private final RunListener listener;
    private final PrintWriter err;
    private final Map<BenchCase, List<Double>> samples = new LinkedHashMap<>();
    private ProfileSession profiles;
    private ForkLauncher launcher;
    private volatile boolean interrupted;
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Sample numbers of {@link #runSample} (the A/B loop schedules forks itself). */
    private final Map<BenchCase, Integer> sampleNos = new HashMap<>();

    /**
     * @param side         where and how forks start
     * @param catalog      the side's listing (compiler hints)
     */
    public Session(RunOptions options, Side side, Catalog catalog, RunListener listener, PrintWriter err)
            throws IOException {
        this.options = options;
        this.side = side;
        this.listener = listener;
        this.err = err;
        List<String> flags = new ArrayList<>();
        if (!options.heap().equals("default")) {
            flags.add("-Xms" + options.heap());
            flags.add("-Xmx" + options.heap());
            flags.add("-XX:+AlwaysPreTouch");
            if (transparentHugePagesAvailable()) {
                // Measured on the project's VM: pre-touching 128 MB costs ~0.85 s CPU with 4 KiB pages (one fault
                // per page) and ~0.18 s with madvised 2 MiB pages; this is most of a fork's start-up cost.
                flags.add("-XX:+UseTransparentHugePages");
            }
        }
        flags.addAll(catalog.hintArgs());
        if (!catalog.hints().isEmpty()) {
            Path hints = ForkProcess.writeHints(catalog.hints());
            flags.add("-XX:CompileCommandFile=" + hints);
        }
        flags.add("-Djmh.ignoreLock=true");
        flags.add("-XX:+DisplayVMOutputToStderr");
        this.forkFlags = List.copyOf(flags);
        this.launcher = new ForkLauncher(err);
    }

    /**
     * Runs this session's forks through {@code shared}, so that an interleaved run of two sessions can start the
     * other side's next fork ahead; the caller closes it.
     */
    public Session withLauncher(ForkLauncher shared) {
        this.launcher = shared;
        return this;
    }

    /**
     * Records profiles of every measured fork through {@code p} (null: none); see dev.jbench.harness.profile. Forks
     * are then started only when their turn comes: a profile's set-up belongs to its own fork.
     */
    public Session withProfiles(ProfileSession p) {
        this.profiles = p;
        return this;
    }

    /**
     * True on Linux when the kernel offers transparent huge pages to processes that ask ({@code always} or
     * {@code madvise}); the flag is Linux-only, so other systems never get it.
     */
    static boolean transparentHugePagesAvailable() {
        try {
            String mode = java.nio.file.Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return !mode.contains("[never]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Asks the run to stop (Ctrl-C); running forks are killed by the caller via {@link ForkProcess#killAll()}. */
    public void interrupt() {
        interrupted = true;
    }

    /** Waits until {@link #run} has reported its end, at most {@code timeout}. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs every case; returns how the run ended (already reported to the listener). */
    public RunListener.Status run(List<BenchCase> cases, Map<String, String> config) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = options.timeout().isZero() ? 0 : start + options.timeout().toNanos();
        RunListener.Status status = RunListener.Status.PASS;
        try {
            listener.start(config, cases);
            boolean quick = options.sampling() == Sampling.QUICK;
            int rounds = quick ? 1 : options.count();
            int perFork = quick ? options.count() : 1;
            List<BenchCase> schedule = schedule(cases, rounds);
            int forks = schedule.size();
            Set<BenchCase> failed = new HashSet<>();
            Map<BenchCase, Integer> sampleNo = new HashMap<>();
            for (int i = 0; i < schedule.size() && !interrupted; i++) {
                BenchCase c = schedule.get(i);
                if (failed.contains(c)) {
                    continue;
                }
                listener.forkStarted(c, i + 1, forks);
                BenchCase following = null;
                for (int j = i + 1; j < schedule.size() && following == null; j++) {
                    following = failed.contains(schedule.get(j)) ? null : schedule.get(j);
                }
                ForkResult r = runFork(c, perFork, deadline, sampleNo,
                        following == null || !startsAhead() ? null : command(following, perFork));
                if (profiles != null) {
                    profiles.forkEnded(r.failure == null && !interrupted);
                }
                if (interrupted) {
                    break;
                }
                if (r.failure != null) {
                    failed.add(c);
                    status = RunListener.Status.FAIL;
                    listener.failure(c, r.failure);
                    if (r.runTimedOut || options.failFast()) {
                        break;
                    }
                }
            }
            if (interrupted) {
                status = RunListener.Status.INTERRUPTED;
            } else {
                warnAboutSpread();
            }
            listener.end(status, Duration.ofNanos(System.nanoTime() - start));
            return status;
        } finally {
            launcher.close();
            finished.countDown();
        }
    }

    /** Every fork of the run in order: {@code rounds} rounds over the cases, each shuffled under {@code -shuffle}. */
    private List<BenchCase> schedule(List<BenchCase> cases, int rounds) {
        Random rnd = new Random(options.shuffle().seed());
        List<BenchCase> out = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<BenchCase> order = new ArrayList<>(cases);
            if (options.shuffle().enabled()) {
                Collections.shuffle(order, rnd);
            }
            out.addAll(order);
        }
        return out;
    }

    /**
     * Runs one fork of {@code c} that measures one sample, for a loop that schedules forks itself (the interleaved
     * A/B run of issue 6, {@code dev.jbench.harness.ab}): reports the fork's start, its result line and its failure
     * to this session's listener, exactly as {@link #run} would. The caller calls the listener's {@code start} and
     * {@code end}.
     *
     * @param fork        1-based number of this fork in the whole run, of {@code forks} (for progress)
     * @param runDeadline {@link System#nanoTime()} after which the fork is killed; 0 = none
     * @param following   the command of the fork that runs after this one ({@link #command}), to start it ahead;
     *                    {@code null} when none
     * @return {@code null} when the sample was measured (or the session was interrupted), else the failure message
     */
    public String runSample(BenchCase c, int fork, int forks, long runDeadline, List<String> following)
            throws InterruptedException {
        listener.forkStarted(c, fork, forks);
        ForkResult r = runFork(c, 1, runDeadline, sampleNos, following);
        if (profiles != null) {
            profiles.forkEnded(r.failure == null && !interrupted);
        }
        if (r.failure == null || interrupted) {
            return null;
        }
        listener.failure(c, r.failure);
        return r.failure;
    }

    /** Notes the benchmarks whose samples spread too much (what {@link #run} does at the end of a normal run). */
    public void noteSpread() {
        warnAboutSpread();
    }

    /** What one fork produced. */
    private record ForkResult(String failure, boolean runTimedOut) {
    }

    private ForkResult runFork(BenchCase c, int measured, long runDeadline, Map<BenchCase, Integer> sampleNo,
                               List<String> following) throws InterruptedException {
        ForkSpec spec = spec(c, measured);
        List<String> flags = new ArrayList<>(forkFlags);
        if (profiles != null) {
            spec = profiles.prepare(c.name(), spec);
            flags.addAll(profiles.forkJvmArgs());
        }
        List<String> cmd = command(c, spec, flags);
        if (options.verbose()) {
            err.println("jbench: fork: " + String.join(" ", cmd));
            err.flush();
        }
        long forkDeadline = options.forkTimeout().isZero() ? 0 : System.nanoTime() + options.forkTimeout().toNanos();
        long deadline = runDeadline == 0 ? forkDeadline
                : forkDeadline == 0 ? runDeadline : Math.min(runDeadline, forkDeadline);
        int[] measuredLines = {0};
        ForkProcess.Outcome o;
        try {
            o = launcher.run(cmd, following, deadline, f -> {
                if (!f.get(0).equals("iter")) {
                    return;
                }
                IterationLine it = IterationLine.parse(f);
                if (options.verbose()) {
                    err.println("jbench: " + c.name() + " " + it.describe());
                    err.flush();
                }
                listener.iteration(c, it.phase(), it.index());
                if (it.phase().equals("m") && !interrupted) {
                    int n = sampleNo.merge(c, 1, Integer::sum);
                    Measurement m = it.toMeasurement(c, n);
                    samples.computeIfAbsent(c, k -> new ArrayList<>()).add(m.nsPerOp());
                    measuredLines[0]++;
                    listener.result(m);
                }
            });
        } catch (IOException e) {
            return new ForkResult("cannot start the fork JVM " + side.java() + ": " + e.getMessage(), false);
        }
        if (o.failure() != null) {
            return new ForkResult(o.failure(), false);
        }
        if (o.timedOut()) {
            boolean run = runDeadline != 0 && System.nanoTime() >= runDeadline;
            return new ForkResult(run
                    ? "test timed out after " + GoDuration.format(options.timeout()) + " (-timeout); fork killed"
                    : "fork ran longer than -forktimeout=" + GoDuration.format(options.forkTimeout())
                    + " and was killed", run);
        }
        if (!o.done() || o.exitCode() != 0) {
            return new ForkResult("fork JVM exited with status " + o.exitCode()
                    + " before finishing (System.exit or a crash in the benchmark?)", false);
        }
        if (measuredLines[0] < measured) {
            return new ForkResult("fork ended without a measurement", false);
        }
        return new ForkResult(null, false);
    }

    /**
     * True when this session's forks can be started ahead of their turn: not when they write profiles, whose
     * set-up belongs to the fork's own turn; not on a single CPU, where a booting JVM would take the CPU from the
     * warm-up; and not when the host JVM has {@code -Djbench.noStartAhead=true} (a switch for measuring what
     * starting ahead does).
     */
    public boolean startsAhead() {
        return profiles == null && Runtime.getRuntime().availableProcessors() > 1
                && !Boolean.getBoolean("jbench.noStartAhead");
    }

    /**
     * The command line of a fork of {@code c} that measures {@code measured} samples (without profiles, which are
     * prepared when the fork's turn comes).
     */
    public List<String> command(BenchCase c, int measured) {
        return command(c, spec(c, measured), forkFlags);
    }

    private List<String> command(BenchCase c, ForkSpec spec, List<String> flags) {
        List<String> all = new ArrayList<>(flags);
        all.add("-XX:ActiveProcessorCount=" + c.cpu());
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(spec.toArgs());
        return ForkProcess.command(side, all, args);
    }

    /** The fork spec for a case. */
    ForkSpec spec(BenchCase c, int measured) {
        long warmup = options.warmup().toNanos();
        int warmIters = warmup == 0 ? 0 : (int) Math.max(1, warmup / WARMUP_SLICE_NANOS);
        long slice = warmup == 0 ? WARMUP_SLICE_NANOS : warmup / warmIters;
        boolean count = options.benchTime().isCount();
        long ops = count ? Math.max(1, (options.benchTime().iterations() + c.threads() - 1) / c.threads()) : 0;
        List<String> profilers = new ArrayList<>();
        if (options.benchmem()) {
            profilers.add(AllocProfiler.class.getName());
        }
        // -benchmem's two allocation iterations are the last two warm-up slices when the warm-up has room for
        // them and one full-speed slice before: they run the benchmark's code like any other warm-up slice (only
        // slower, while counting), so -benchmem costs no extra time. A shorter warm-up gets them on top.
        int allocIters = options.benchmem() ? AllocProfiler.ITERATIONS : 0;
        int plainIters = warmIters >= allocIters + 1 ? warmIters - allocIters : warmIters;
        return new ForkSpec(c.benchmark().jmhName(), c.params(), c.threads(), plainIters, slice,
                allocIters, measured, count ? 0 : options.benchTime().time().toNanos(), ops, profilers);
    }

    private void warnAboutSpread() {
        if (options.spreadWarning() <= 0) {
            return;
        }
        samples.forEach((c, xs) -> {
            if (xs.size() < 3) {
                return;
            }
            List<Double> s = new ArrayList<>(xs);
            Collections.sort(s);
            double median = s.size() % 2 == 1 ? s.get(s.size() / 2)
                    : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
            double half = (s.get(s.size() - 1) - s.get(0)) / 2 / median;
            if (half > options.spreadWarning()) {
                listener.note(String.format(java.util.Locale.ROOT,
                        "%s: samples spread ±%.0f%% around the median (n=%d); changes smaller than that will not "
                                + "show as significant. Use a quieter machine or a larger -count.",
                        c.name(), half * 100, s.size()));
            }
        });
    }
}
