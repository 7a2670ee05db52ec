package dev.jbench.benchstat.v1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads conformance cases: {@code args} (one per line), {@code stdout}, {@code stderr}, {@code exit}, {@code stdin}. */
final class ClassicCases {

    private ClassicCases() {
    }

    record Case(List<String> args, byte[] stdout, byte[] stderr, int exit, byte[] stdin) {
    }

    /** The {@code v1-*} case directories under {@code cases}, sorted by name. */
    static List<Path> list(Path cases) throws IOException {
        try (Stream<Path> s = Files.list(cases)) {
            return s.filter(p -> p.getFileName().toString().startsWith("v1-") && Files.isDirectory(p))
                    .sorted().collect(Collectors.toList());
        }
    }

    static Case read(Path dir) throws IOException {
        String argsText = Files.readString(dir.resolve("args"), StandardCharsets.UTF_8);
        List<String> args = argsText.isEmpty() ? List.of()
                : List.of(argsText.replaceAll("\n$", "").split("\n", -1));
        return new Case(args, readOrEmpty(dir.resolve("stdout")), readOrEmpty(dir.resolve("stderr")),
                Integer.parseInt(Files.readString(dir.resolve("exit")).trim()), readOrEmpty(dir.resolve("stdin")));
    }

    private static byte[] readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
    }
}
