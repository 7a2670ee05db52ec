package dev.jbench.harness.ab;

import dev.jbench.harness.options.RunOptions;
import dev.jbench.harness.output.AtomicFile;
import dev.jbench.harness.profile.ProfileSession;
import dev.jbench.harness.output.Progress;
import dev.jbench.harness.output.TextReport;
import dev.jbench.harness.run.BenchCase;
import dev.jbench.harness.run.Catalog;
import dev.jbench.harness.run.ForkLauncher;
import dev.jbench.harness.run.RunListener;
import dev.jbench.harness.run.Session;
import dev.jbench.harness.run.Side;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One interleaved A/B run: {@code -count} ABBA rounds over the paired cases (see the package documentation), two
 * result files, then the jbenchstat comparison on standard output. Each side has its own {@link Session} (fork
 * command line, compiler hints, sample numbering) and its own {@link TextReport}; this class only decides which
 * fork runs next and what a failure stops.
 */
public final class AbRun {

    /** The header lines of one side's file. */
    public interface Header {
        Map<String, String> of(Catalog catalog, List<BenchCase> cases);
    }

    /** One side's state during the run. */
    private record Track(String label, Session session, RunListener listener, Set<BenchCase> failed) {
    }

    private final RunOptions options;
    private final AbOptions ab;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean progress;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean interrupted;
    private volatile List<Session> sessions = List.of();
    /** Both sides' forks go through one launcher, so each side's next fork boots while the other side warms up. */
    private final ForkLauncher launcher;
    private ProfileSession headProfiles;

    public AbRun(RunOptions options, AbOptions ab, PrintWriter out, PrintWriter err, boolean progress) {
        this.options = options;
        this.ab = ab;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.launcher = new ForkLauncher(err);
    }

    /** Profiles the head side's forks through {@code ps} (null: none); the base side is never profiled. */
    public AbRun withHeadProfiles(ProfileSession ps) {
        this.headProfiles = ps;
        return this;
    }

    /** Ctrl-C: start no new fork; the caller kills the running ones ({@code ForkProcess.killAll}). */
    public void interrupt() {
        interrupted = true;
        sessions.forEach(Session::interrupt);
    }

    /** Waits until both files have their end written, at most {@code timeout}. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs both sides and prints the comparison.
     *
     * @return 0 when every fork of both sides measured its sample, 1 otherwise (cases present on one side only do
     *         not count as a failure)
     */
    public int run(Side head, Catalog headCatalog, List<BenchCase> headCases, Side base, Catalog baseCatalog,
                   List<BenchCase> baseCases, Header header) throws IOException, InterruptedException {
        Path headFile = options.outFile() != null ? options.outFile() : tempFile("new.txt");
        Path baseFile = ab.baseOut() != null ? ab.baseOut() : tempFile("old.txt");
        if (headFile.toAbsolutePath().normalize().equals(baseFile.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("-baseout=" + baseFile + " is the -o file; give the base its own file");
        }
        AbPlan plan = AbPlan.pair(headCases, baseCases);
        plan.headOnly().forEach(n -> note(n + ": only in head (not in the base build); measured on head, not compared"));
        plan.baseOnly().forEach(n -> note(n + ": only in base (not in the head build); measured on base, not compared"));
        Map<String, String> headHeader = header.of(headCatalog, headCases);
        Map<String, String> baseHeader = header.of(baseCatalog, baseCases);
        Track h = track("head", head, headCatalog, headFile);
        h.session().withProfiles(headProfiles);
        Track b = track("base", base, baseCatalog, baseFile);
        sessions = List.of(b.session(), h.session());
        if (interrupted) {
            sessions.forEach(Session::interrupt);
        }
        note("A/B run: " + options.count() + " rounds in ABBA order; base -> " + baseFile + ", head -> " + headFile);
        long start = System.nanoTime();
        // -timeout is a budget per side: an A/B run measures twice as much as a run of one build.
        long deadline = options.timeout().isZero() ? 0 : start + 2 * options.timeout().toNanos();
        boolean stop = false;
        try {
            h.listener().start(headHeader, headCases);
            b.listener().start(baseHeader, baseCases);
            List<Step> steps = steps(plan, b, h);
            int forks = plan.forks(options.count());
            for (int i = 0; i < steps.size() && !interrupted; i++) {
                Step step = steps.get(i);
                Track t = step.track();
                BenchCase c = step.c();
                if (t.failed().contains(c)) {
                    continue;
                }
                String failure = t.session().runSample(c, step.fork(), forks, deadline, following(steps, i));
                if (interrupted) {
                    break;
                }
                if (failure != null) {
                    t.failed().add(c);
                    if (step.paired()) {
                        note(t.label() + ": " + c.name() + " failed (--- FAIL in its file); the "
                                + (t == b ? "head" : "base") + " side's samples of it are kept");
                    }
                    if (options.failFast() || (deadline != 0 && System.nanoTime() >= deadline)) {
                        stop = true;
                        break;
                    }
                }
            }
            RunListener.Status hs = status(h, stop);
            RunListener.Status bs = status(b, stop);
            if (!interrupted) {
                b.session().noteSpread();
                h.session().noteSpread();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            b.listener().end(bs, elapsed);
            h.listener().end(hs, elapsed);
            if (interrupted) {
                return 1;
            }
            compare(baseFile, headFile, baseHeader, headHeader);
            return hs == RunListener.Status.PASS && bs == RunListener.Status.PASS ? 0 : 1;
        } finally {
            launcher.close();
            finished.countDown();
        }
    }

    /** One fork of the run: which side, which case, its number in the whole run. */
    private record Step(Track track, BenchCase c, int fork, boolean paired) {
    }

    /** Every fork in order: {@code -count} rounds, each over the slots, the two sides in ABBA order. */
    private List<Step> steps(AbPlan plan, Track b, Track h) {
        List<Step> steps = new ArrayList<>();
        int fork = 0;
        for (int round = 1; round <= options.count(); round++) {
            List<Track> order = AbPlan.baseFirst(round) ? List.of(b, h) : List.of(h, b);
            for (AbPlan.Slot slot : plan.slots()) {
                for (Track t : order) {
                    BenchCase c = t == b ? slot.base() : slot.head();
                    if (c != null) {
                        steps.add(new Step(t, c, ++fork, slot.paired()));
                    }
                }
            }
        }
        return steps;
    }

    /**
     * The command of the next fork after step {@code i} that will run (its case has not failed), or null. Forks
     * start ahead only when both sides can: a side whose forks start in their turn (profiled) would otherwise warm up
     * alone while the other side's warm-ups share the machine with a booting JVM, and the comparison would carry
     * that difference.
     */
    private static List<String> following(List<Step> steps, int i) {
        if (!steps.stream().allMatch(s -> s.track().session().startsAhead())) {
            return null;
        }
        for (int j = i + 1; j < steps.size(); j++) {
            Step s = steps.get(j);
            if (!s.track().failed().contains(s.c())) {
                return s.track().session().command(s.c(), 1);
            }
        }
        return null;
    }

    private RunListener.Status status(Track t, boolean stopped) {
        if (interrupted) {
            return RunListener.Status.INTERRUPTED;
        }
        return t.failed().isEmpty() && !stopped ? RunListener.Status.PASS : RunListener.Status.FAIL;
    }

    private Track track(String label, Side side, Catalog catalog, Path file) throws IOException {
        RunListener l = new TextReport(null, new AtomicFile(file), err, options.benchmem());
        if (progress) {
            l = new Progress(l, err);
        }
        l = new SideNotes(label, l);
        return new Track(label, new Session(options, side, catalog, l, err).withLauncher(launcher), l,
                new HashSet<>());
    }

    /** jbenchstat base=old head=new, in-process; header keys whose values differ are ignored (else: two tables). */
    private void compare(Path baseFile, Path headFile, Map<String, String> baseHeader, Map<String, String> headHeader) {
        Set<String> differ = new TreeSet<>();
        for (String k : headHeader.keySet()) {
            if (!headHeader.get(k).equals(baseHeader.get(k))) {
                differ.add(k);
            }
        }
        for (String k : baseHeader.keySet()) {
            if (!headHeader.containsKey(k)) {
                differ.add(k);
            }
        }
        List<String> args = new ArrayList<>();
        if (!differ.isEmpty()) {
            args.add("-ignore=" + String.join(",", differ));
        }
        args.add("base=" + baseFile);
        args.add("head=" + headFile);
        out.println("jbenchstat " + String.join(" ", args));
        out.println();
        out.flush();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            status = dev.jbench.benchstat.cli.Main.run(args.toArray(new String[0]), po, pe,
                    InputStream.nullInputStream());
        }
        out.print(o.toString(StandardCharsets.UTF_8));
        out.flush();
        err.print(e.toString(StandardCharsets.UTF_8));
        if (status != 0) {
            err.println("jbench: the comparison failed (jbenchstat status " + status + ")");
        }
        err.flush();
    }

    /** One {@code jbench: ...} line on stderr. */
    public void note(String message) {
        synchronized (err) {
            err.println("jbench: " + message);
            err.flush();
        }
    }

    private static Path tempFile(String name) throws IOException {
        Path dir = Files.createTempDirectory("jbench-ab");
        return dir.resolve(name);
    }
}
