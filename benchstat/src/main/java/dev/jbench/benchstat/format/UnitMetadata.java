package dev.jbench.benchstat.format;

/**
 * One {@code key=value} of a {@code Unit <unit> key=value ...} line.
 *
 * @param unit     the tidied unit the metadata applies to (e.g. {@code sec/op})
 * @param origUnit the unit as written in the file (e.g. {@code ns/op})
 * @param key      metadata key, e.g. {@code assume} or {@code better}
 * @param value    metadata value, e.g. {@code exact} or {@code higher}
 * @param fileName the input's name
 * @param line     1-based line number
 */
public record UnitMetadata(String unit, String origUnit, String key, String value, String fileName, int line)
        implements Record {
}
