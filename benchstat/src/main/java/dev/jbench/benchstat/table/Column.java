package dev.jbench.benchstat.table;

import java.util.List;

/**
 * One column of a table: the values of the column projection's fields (e.g. the {@code .file} name).
 *
 * @param values   one value per field of {@link Table#columnFields()}, possibly empty strings
 * @param baseline true for the first column, against which all others are compared
 */
public record Column(List<String> values, boolean baseline) {

    public Column {
        values = List.copyOf(values);
    }

    /** The non-empty values joined by one space, e.g. {@code old.txt}; empty if all values are empty. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (!v.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
