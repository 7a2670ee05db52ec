package dev.jbench.benchstat.table;

/**
 * One field of a table key, e.g. {@code goos: linux}; printed above a table when it differs from the previous one.
 *
 * @param name  field name as projected, e.g. {@code goos} or {@code .name}
 * @param value field value, possibly empty (still printed, as {@code goos: })
 */
public record KeyField(String name, String value) {

    /** {@code name: value}, the header line benchstat prints. */
    @Override
    public String toString() {
        return name + ": " + value;
    }
}
