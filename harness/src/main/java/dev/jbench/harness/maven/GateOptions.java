package dev.jbench.harness.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link BenchGoal}: its own flags, and the jbench flags it passes on.
 *
 * @param baseline       the committed baseline results file ({@code -baseline=FILE}); may not exist yet
 * @param results        where jbench writes this run's results ({@code -o=FILE}, required)
 * @param threshold      the smallest slowdown that fails the goal, as jbenchstat's {@code -threshold} ({@code 5%})
 * @param alpha          significance level of the comparison ({@code -alpha}, default 0.05)
 * @param updateBaseline true to replace the baseline with this run's results instead of comparing
 * @param jbenchArgs     the arguments for jbench, {@code -o} included
 * @param base           {@code -base=CLASSPATH}: a base build jbench measures in the same run, interleaved (issue 6);
 *                       the gate then compares with it instead of the baseline file; {@code null} when not given
 * @param baseResults    where jbench writes the base build's results ({@code -baseout}, next to {@code -o}), or
 *                       {@code null} without {@code -base}
 */
record GateOptions(Path baseline, Path results, String threshold, String alpha, boolean updateBaseline,
                   List<String> jbenchArgs, String base, Path baseResults) {

    /**
     * Parses {@code args}. Flags are Go style ({@code -name=value} or {@code -name value}); {@code -args=STRING} adds
     * whitespace-separated jbench arguments (how Maven passes "any other flags"); jbench flags with an empty value
     * ({@code -cpuprofile=}) are dropped, so an unset Maven property means "not set".
     *
     * @throws IllegalArgumentException naming the flag, when a value is missing or wrong
     */
    static GateOptions parse(String... args) {
        Path baseline = null;
        Path results = null;
        String threshold = "0";
        String alpha = "0.05";
        boolean update = false;
        String base = null;
        List<String> jbench = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = flagName(arg);
            if (name == null) {
                jbench.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            boolean inline = eq >= 0;
            String value = inline ? arg.substring(eq + 1) : null;
            switch (name) {
                case "baseline", "threshold", "alpha", "args", "o", "base" -> {
                    if (!inline) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("flag needs an argument: -" + name);
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "baseline" -> baseline = value.isBlank() ? null : Path.of(value);
                        case "threshold" -> threshold = value.isBlank() ? "0" : value;
                        case "alpha" -> alpha = value.isBlank() ? "0.05" : value;
                        case "o" -> results = value.isBlank() ? null : Path.of(value);
                        case "base" -> base = value.isBlank() ? null : value;
                        default -> {
                            for (String a : value.trim().split("\\s+")) {
                                if (!a.isEmpty()) {
                                    jbench.add(a);
                                }
                            }
                        }
                    }
                }
                case "update-baseline" -> update = parseBool(name, inline ? value : "true");
                default -> {
                    if (!inline || !value.isEmpty()) {
                        jbench.add(arg);
                    }
                }
            }
        }
        if (results == null) {
            throw new IllegalArgumentException("-o=FILE is required: where to write this run's results");
        }
        if (update && baseline == null) {
            throw new IllegalArgumentException("-update-baseline needs -baseline=FILE: the file to write");
        }
        jbench.add("-o=" + results);
        Path baseResults = null;
        if (base != null) {
            baseResults = results.resolveSibling("base-" + results.getFileName());
            jbench.add("-base=" + base);
            jbench.add("-baseout=" + baseResults);
        }
        return new GateOptions(baseline, results, threshold, alpha, update, List.copyOf(jbench), base, baseResults);
    }

    /** The flag's name without dashes and value, or null when {@code arg} is not a flag. */
    private static String flagName(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '-' || arg.equals("--")) {
            return null;
        }
        String s = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
        int eq = s.indexOf('=');
        return eq >= 0 ? s.substring(0, eq) : s;
    }

    private static boolean parseBool(String flag, String value) {
        return switch (value) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(
                    "invalid value \"" + value + "\" for flag -" + flag + ": use true or false");
        };
    }
}
