package dev.jbench.harness.profile;

import dev.jbench.harness.options.ForkSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import one.convert.Arguments;
import one.convert.JfrToFlame;

/**
 * Host side of a run's profiles: tells each fork what to record, and after each fork merges what it recorded into
 * that benchmark's files.
 *
 * <p>One benchmark (Go name, so one {@code -cpu} value) = one set of files. With {@code -count=n} a benchmark runs
 * in n forks; their recordings are merged, because what a user wants from "the profile of BenchmarkSort" is all of
 * its measured time, as Go's single profile covers all of a run. The merge is exact: the forks' JFR files are
 * concatenated (a JFR file is a sequence of self-contained chunks) and everything is regenerated from that after
 * every fork, each output written to a temporary file and renamed, so an interrupted run leaves complete profiles
 * of the samples measured so far.
 *
 * <p>Raw recordings live in a private temporary directory (deleted by {@link #close}); the fork writes there, so
 * async-profiler's comma-separated option string never carries a user's path.
 */
public final class ProfileSession implements AutoCloseable {

    private final ProfileRequest request;
    private final String cpuEvent;
    private final Consumer<String> note;
    private final Path work;
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, Integer> caseIds = new LinkedHashMap<>();
    private final Set<String> announced = new HashSet<>();
    private int forkNo;
    private Pending pending;

    private record Pending(String name, Path ap, Path trace) {
    }

    private ProfileSession(ProfileRequest request, String cpuEvent, Consumer<String> note, Path work) {
        this.request = request;
        this.cpuEvent = cpuEvent;
        this.note = note;
        this.work = work;
    }

    /**
     * A session for {@code request}, or {@code null} when nothing is requested or profiling cannot work here (then
     * {@code note} has been told why, once; a {@code -trace} alone still works without async-profiler).
     */
    public static ProfileSession open(ProfileRequest request, Consumer<String> note) throws IOException {
        if (!request.any()) {
            return null;
        }
        ProfileRequest effective = request;
        String event = "cpu";
        if (request.needsAsyncProfiler()) {
            try {
                CpuEngine engine = CpuEngine.probe();
                event = engine.event();
                if (request.profiles().containsKey(ProfileKind.CPU)) {
                    engine.note().ifPresent(note);
                }
            } catch (ProfilerUnavailableException e) {
                note.accept("profiles: " + e.getMessage());
                effective = new ProfileRequest(Map.of(), request.trace(), request.memProfileRate(),
                        request.cpuIntervalNanos());
                if (!effective.any()) {
                    return null;
                }
            }
        }
        for (Path p : effective.profiles().values()) {
            Files.createDirectories(p.getParent());
        }
        if (effective.trace() != null) {
            Files.createDirectories(effective.trace().getParent());
        }
        Path work = Files.createTempDirectory("jbench-profiles");
        return new ProfileSession(effective, event, note, work);
    }

    /** JVM flags every profiling fork needs (JDK 22+ warns on {@code System.load} without it). */
    public List<String> forkJvmArgs() {
        return request.needsAsyncProfiler() ? List.of("--enable-native-access=ALL-UNNAMED") : List.of();
    }

    /** {@code spec} plus the profiler that records this fork of benchmark {@code goName}. */
    public ForkSpec prepare(String goName, ForkSpec spec) {
        forkNo++;
        caseIds.computeIfAbsent(goName, k -> caseIds.size() + 1);
        Path ap = request.needsAsyncProfiler() ? work.resolve("fork-" + forkNo + ".ap.jfr") : null;
        Path trace = request.trace() == null ? null : work.resolve("fork-" + forkNo + ".trace.jfr");
        pending = new Pending(goName, ap, trace);
        List<String> profilers = new ArrayList<>(spec.profilers());
        profilers.add(MeasuredIterationProfiler.class.getName() + ":"
                + MeasuredIterationProfiler.options(ap == null ? null : startCommand(ap), trace));
        return new ForkSpec(spec.benchmark(), spec.params(), spec.threads(), spec.warmupIterations(),
                spec.warmupNanos(), spec.allocIterations(), spec.measureIterations(), spec.measureNanos(), spec.ops(),
                profilers);
    }

    /** async-profiler's start command for the requested events, one JFR file for all of them. */
    String startCommand(Path file) {
        StringBuilder sb = new StringBuilder("start");
        Map<ProfileKind, Path> p = request.profiles();
        if (p.containsKey(ProfileKind.CPU)) {
            sb.append(",event=").append(cpuEvent).append(",interval=").append(request.cpuIntervalNanos());
        }
        if (p.containsKey(ProfileKind.MEM)) {
            sb.append(",alloc=").append(request.memProfileRate());
        }
        if (p.containsKey(ProfileKind.BLOCK) || p.containsKey(ProfileKind.MUTEX)) {
            sb.append(",lock=0"); // every contended acquisition, like Go's -blockprofilerate=1
        }
        return sb.append(",jfr,file=").append(file).toString();
    }

    /**
     * The fork started by the last {@link #prepare} ended; when it {@code measured}, its recordings join the
     * benchmark's and the benchmark's files are rewritten. Problems are notes, never failures of the run.
     */
    public void forkEnded(boolean measured) {
        Pending p = pending;
        pending = null;
        if (p == null) {
            return;
        }
        try {
            if (!measured) {
                return;
            }
            String stem = stem(p.name());
            int id = caseIds.get(p.name());
            List<Path> written = new ArrayList<>();
            if (p.ap() != null && Files.isRegularFile(p.ap())) {
                Path all = work.resolve("case-" + id + ".ap.jfr");
                append(p.ap(), all);
                for (Map.Entry<ProfileKind, Path> e : request.profiles().entrySet()) {
                    written.addAll(writeProfile(all, e.getKey(), e.getValue(), p.name(), stem));
                }
            } else if (p.ap() != null) {
                note.accept("profiles: " + p.name() + ": the fork wrote no profile (see its messages above)");
            }
            if (p.trace() != null && Files.isRegularFile(p.trace())) {
                Path all = work.resolve("case-" + id + ".trace.jfr");
                append(p.trace(), all);
                Path out = ProfileFiles.resolve(request.trace(), stem, ProfileFiles.traceSuffix(request.trace()));
                publish(all, out, true);
                written.add(out);
            }
            if (!written.isEmpty() && announced.add(p.name())) {
                note.accept("profiles of " + p.name() + ": " + String.join(", ", written.stream()
                        .map(ProfileSession::display).toList()));
            }
        } catch (IOException | RuntimeException e) {
            note.accept("profiles: " + p.name() + ": cannot write profiles: " + e);
        } finally {
            deleteQuietly(p.ap());
            deleteQuietly(p.trace());
        }
    }

    private List<Path> writeProfile(Path jfr, ProfileKind kind, Path flag, String name, String stem) throws IOException {
        Profile profile = JfrProfiles.read(jfr, kind, request.cpuIntervalNanos(), stem);
        Path out = ProfileFiles.resolve(flag, stem, ProfileFiles.profileSuffix(flag));
        Path tmp = work.resolve("out.pprof");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            PprofWriter.write(profile, os);
        }
        publish(tmp, out, false);
        Path html = ProfileFiles.resolve(flag, stem, ProfileFiles.htmlSuffix(flag));
        Path tmpHtml = work.resolve("out.html");
        List<String> args = new ArrayList<>(List.of("-o", "html", "--dot", "--title",
                name + " " + kind.flag().replace("profile", "") + " (jbench)"));
        switch (kind) {
            case CPU -> args.add("--cpu");
            case MEM -> args.addAll(List.of("--alloc", "--total"));
            case BLOCK, MUTEX -> args.addAll(List.of("--lock", "--total"));
        }
        JfrToFlame.convert(jfr.toString(), tmpHtml.toString(), new Arguments(args.toArray(new String[0])));
        publish(tmpHtml, html, false);
        return List.of(out, html);
    }

    /** The file stem of {@code name}, unique within the run even if two names map to the same stem. */
    private String stem(String name) {
        return stems.computeIfAbsent(name, n -> {
            String s = ProfileFiles.stem(n);
            String unique = s;
            for (int i = 2; stems.containsValue(unique); i++) {
                unique = s + "~" + i;
            }
            return unique;
        });
    }

    private static void append(Path from, Path to) throws IOException {
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            Files.copy(from, out);
        }
    }

    /** Copies (or moves) {@code from} to a temporary file beside {@code to}, then renames it: all or nothing. */
    private static void publish(Path from, Path to, boolean copy) throws IOException {
        Path tmp = Files.createTempFile(to.getParent(), "." + to.getFileName() + ".", ".tmp");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (!copy) {
                Files.delete(from);
            }
            try {
                Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the work directory goes at close
            }
        }
    }

    /** Deletes the raw recordings; the published files stay. */
    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(ProfileSession::deleteQuietly);
        } catch (IOException e) {
            // temporary directory; nothing else to do
        }
    }
}
