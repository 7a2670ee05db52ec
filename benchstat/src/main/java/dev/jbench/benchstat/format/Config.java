package dev.jbench.benchstat.format;

/**
 * One configuration key of a result, e.g. {@code goos: linux}.
 *
 * @param key   the key
 * @param value the value (may be empty)
 * @param file  true for keys read from the file's {@code key: value} lines; false for internal keys such as
 *              {@code .file}, which are not part of {@code .config}
 */
public record Config(String key, String value, boolean file) {
}
