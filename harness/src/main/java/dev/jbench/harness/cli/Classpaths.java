package dev.jbench.harness.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Classpath strings: split on the platform separator, {@code dir/*} expanded to the jars in dir (as java does). */
final class Classpaths {

    private Classpaths() {
    }

    static List<Path> expand(String cp) {
        List<Path> out = new ArrayList<>();
        if (cp == null || cp.isBlank()) {
            return out;
        }
        for (String e : cp.split(File.pathSeparator)) {
            if (e.isEmpty()) {
                continue;
            }
            if (e.endsWith("*") && (e.length() == 1 || e.charAt(e.length() - 2) == File.separatorChar)) {
                Path dir = Path.of(e.substring(0, e.length() - 1).isEmpty() ? "." : e.substring(0, e.length() - 1));
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".JAR"))
                            .sorted().forEach(out::add);
                } catch (IOException ex) {
                    throw new IllegalArgumentException("-cp: cannot list " + dir + ": " + ex.getMessage());
                }
            } else {
                out.add(Path.of(e));
            }
        }
        return out;
    }
}
