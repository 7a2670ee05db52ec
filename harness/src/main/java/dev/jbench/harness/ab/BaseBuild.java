package dev.jbench.harness.ab;

import dev.jbench.harness.run.Side;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds the base {@link Side} from the head side and the A/B flags.
 *
 * <p>{@code -base} syntax: a classpath in the platform's form ({@code :} on Unix), each entry a jar, a classes
 * directory, or {@code dir/*} for every jar in dir: {@code -base=old.jar}, {@code -base=old/classes:old/lib/*}.
 * The entries must hold the base's benchmarks and their dependencies; jbench's own classes come first, as on the
 * head side.
 *
 * <p>Entries of the head's classpath that contain benchmarks (a {@code META-INF/BenchmarkList}) are left out of the
 * base's classpath: under Maven, jbench's own classpath includes the project's classes, which would otherwise
 * shadow the base's classes of the same name and silently turn an A/B run into A/A.
 */
public final class BaseBuild {

    static final String BENCHMARK_LIST = "META-INF/BenchmarkList";

    private BaseBuild() {
    }

    /**
     * The base side: the head's java, classpath and JVM arguments, with what the flags change.
     *
     * @param head        the head side (classpath = jbench's own entries, then the head's benchmarks)
     * @param headBenches the head's benchmark entries (from {@code -cp}), replaced by {@code -base} when given
     * @throws IllegalArgumentException naming the flag, when an entry or the java launcher does not exist
     */
    public static Side side(Side head, List<String> headBenches, AbOptions ab) {
        Path java = head.java();
        if (ab.baseJava() != null) {
            if (!Files.isRegularFile(ab.baseJava())) {
                throw new IllegalArgumentException("-basejvm=" + ab.baseJava() + ": no such file (want the path of"
                        + " a java launcher, e.g. /usr/lib/jvm/jdk-21/bin/java)");
            }
            java = ab.baseJava();
        }
        List<String> cp;
        if (ab.base() == null || ab.base().isBlank()) {
            cp = head.classpath();
        } else {
            List<String> own = new ArrayList<>(head.classpath());
            own.removeAll(headBenches);
            cp = new ArrayList<>();
            for (String e : own) {
                if (!holdsBenchmarks(Path.of(e))) {
                    cp.add(e);
                }
            }
            for (String e : expand(ab.base())) {
                if (!cp.contains(e)) {
                    cp.add(e);
                }
            }
        }
        List<String> args = new ArrayList<>(head.jvmArgs());
        args.addAll(ab.baseJvmArgs());
        return new Side("base", java, cp, args);
    }

    /** The entries of a {@code -base} classpath; every one must exist. */
    static List<String> expand(String spec) {
        List<String> out = new ArrayList<>();
        for (String e : spec.split(File.pathSeparator)) {
            if (e.isEmpty()) {
                continue;
            }
            if (e.equals("*") || e.endsWith(File.separator + "*")) {
                Path dir = Path.of(e.substring(0, e.length() - 1).isEmpty() ? "." : e.substring(0, e.length() - 1));
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                            .sorted().forEach(p -> out.add(p.toAbsolutePath().toString()));
                } catch (IOException ex) {
                    throw new IllegalArgumentException("-base=" + spec + ": cannot list " + dir + ": " + ex.getMessage());
                }
            } else {
                Path p = Path.of(e);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("-base=" + spec + ": " + e + " does not exist (want the base's"
                            + " benchmarks jar, or its classes directory and dependencies joined with '"
                            + File.pathSeparator + "')");
                }
                out.add(p.toAbsolutePath().toString());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("-base=" + spec + ": empty classpath");
        }
        return out;
    }

    /** True when the classpath entry is a directory or jar with a JMH benchmark list. */
    static boolean holdsBenchmarks(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(BENCHMARK_LIST));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (ZipFile z = new ZipFile(entry.toFile())) {
            return z.getEntry(BENCHMARK_LIST) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
