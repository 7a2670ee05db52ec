package dev.jbench.benchstat.format;

import java.util.List;

/**
 * One benchmark line with the configuration in force where it was read.
 *
 * @param config   file configuration keys in the order they were set, plus internal keys such as {@code .file}
 * @param name     the benchmark name without the {@code Benchmark} prefix
 * @param iters    the iteration count (never used by the statistics)
 * @param values   the measurements in input order, tidied
 * @param fileName the input's name
 * @param line     1-based line number
 */
public record Result(List<Config> config, Name name, long iters, List<Value> values, String fileName, int line)
        implements Record {

    /** The value of config key {@code key}, or the empty string if the result has no such key. */
    public String getConfig(String key) {
        for (Config c : config) {
            if (c.key().equals(key)) {
                return c.value();
            }
        }
        return "";
    }
}
