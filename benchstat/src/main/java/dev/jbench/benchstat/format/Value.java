package dev.jbench.benchstat.format;

/**
 * One measurement of a benchmark line.
 *
 * @param value     the tidied value (e.g. seconds)
 * @param unit      the tidied unit (e.g. {@code sec/op})
 * @param origValue the value as written
 * @param origUnit  the unit as written (e.g. {@code ns/op})
 */
public record Value(double value, String unit, double origValue, String origUnit) {
}
