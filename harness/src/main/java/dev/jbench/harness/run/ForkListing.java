package dev.jbench.harness.run;

import dev.jbench.harness.api.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.CompilerHints;
import org.openjdk.jmh.util.Version;

/**
 * Fork side of discovery: lists every benchmark of every {@code META-INF/BenchmarkList} on the classpath, with its
 * {@code @Param} keys in declaration order (JMH's own metadata sorts them) and default values, its thread setting,
 * plus the facts the host needs to start measuring forks of this JVM and classpath: the JVM's vendor and version,
 * JMH's version, and the compiler-hint flags a JMH fork would get (blackholes, {@code @CompilerControl}).
 *
 * <p>It runs in a JVM of the side being measured, so a different java or classpath (issue 6: base vs head) is
 * listed by its own JVM.
 */
final class ForkListing {

    private ForkListing() {
    }

    static void print(PrintStream out) throws IOException {
        out.println(ForkProtocol.encode("info", "jvm",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")));
        out.println(ForkProtocol.encode("info", "jmh", Version.getPlainVersion()));
        out.println(ForkProtocol.encode("info", "processors",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        printHints(out);
        Set<String> seen = new LinkedHashSet<>();
        Enumeration<URL> lists = ForkListing.class.getClassLoader().getResources(BenchmarkList.BENCHMARK_LIST.substring(1));
        while (lists.hasMoreElements()) {
            List<BenchmarkListEntry> entries;
            try (InputStream in = lists.nextElement().openStream()) {
                entries = BenchmarkList.readBenchmarkList(in);
            }
            Collections.sort(entries);
            for (BenchmarkListEntry e : entries) {
                if (seen.add(e.getUsername())) {
                    printEntry(out, e);
                }
            }
        }
    }

    private static void printEntry(PrintStream out, BenchmarkListEntry e) {
        Class<?> cls = load(e.getUserClassQName());
        String methodName = e.getUsername().substring(e.getUsername().lastIndexOf('.') + 1);
        Method method = cls == null ? null : findMethod(cls, methodName);
        int threads = e.getThreads().orElse(1);
        boolean parallel = (method != null && method.isAnnotationPresent(Parallel.class))
                || (cls != null && cls.isAnnotationPresent(Parallel.class)) || threads == Threads.MAX;
        out.println(ForkProtocol.encode("bench", e.getUsername(), e.getUserClassQName(),
                parallel ? "parallel" : Integer.toString(Math.max(threads, 1))));
        Map<String, String[]> params = e.getParams().orElse(Map.of());
        for (String key : declarationOrder(cls, method, params.keySet())) {
            List<String> f = new ArrayList<>(List.of("param", e.getUsername(), key));
            f.addAll(List.of(params.get(key)));
            out.println(ForkProtocol.encode(f.toArray(new String[0])));
        }
    }

    /** Keys in the order their {@code @Param} fields are declared: class hierarchy from the top, then states. */
    static List<String> declarationOrder(Class<?> cls, Method method, Set<String> keys) {
        Set<String> ordered = new LinkedHashSet<>();
        if (cls != null) {
            addParams(cls, ordered);
        }
        if (method != null) {
            for (Class<?> p : method.getParameterTypes()) {
                if (p.isAnnotationPresent(State.class)) {
                    addParams(p, ordered);
                }
            }
        }
        ordered.retainAll(keys);
        Set<String> rest = new TreeSet<>(keys);
        rest.removeAll(ordered);
        List<String> all = new ArrayList<>(ordered);
        all.addAll(rest);
        return all;
    }

    private static void addParams(Class<?> c, Set<String> into) {
        if (c.getSuperclass() != null) {
            addParams(c.getSuperclass(), into);
        }
        for (Field f : c.getDeclaredFields()) {
            if (f.isAnnotationPresent(Param.class)) {
                into.add(f.getName());
            }
        }
    }

    private static Method findMethod(Class<?> cls, String name) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ForkListing.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The flags JMH would add to a fork of this JVM; the hint file is sent by content (it is deleted at exit). */
    private static void printHints(PrintStream out) throws IOException {
        List<String> args = new ArrayList<>();
        CompilerHints.addCompilerHints(args);
        for (String a : args) {
            if (a.startsWith("-XX:CompileCommandFile=")) {
                for (String line : Files.readAllLines(Path.of(a.substring("-XX:CompileCommandFile=".length())))) {
                    out.println(ForkProtocol.encode("hint", line));
                }
            } else {
                out.println(ForkProtocol.encode("jvmarg", a));
            }
        }
    }
}
