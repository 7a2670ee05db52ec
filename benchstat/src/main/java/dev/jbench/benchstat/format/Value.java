package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.Tidy;

/**
 * One measurement of a benchmark line.
 *
 * <p>For a measurement that tidying did not change, {@code origValue == value} and {@code origUnit == unit}.
 *
 * @param value     the tidied value (e.g. seconds)
 * @param unit      the tidied unit (e.g. {@code sec/op})
 * @param origValue the value as written
 * @param origUnit  the unit as written (e.g. {@code ns/op})
 */
public record Value(double value, String unit, double origValue, String origUnit) {

    /**
     * The measurement {@code value unit} as the reader stores it: tidied (see {@link Tidy}), except that the
     * original unit is kept when tidying leaves the value unchanged. That is Go's rule, and it means {@code 0 ns/op}
     * (and {@code +Inf ns/op}) stay in {@code ns/op} rather than becoming {@code sec/op}. NaN is always tidied.
     */
    public static Value of(double value, String unit) {
        Tidy t = Tidy.of(value, unit);
        if (t.value() == value) {
            return new Value(value, unit, value, unit);
        }
        return new Value(t.value(), t.unit(), value, unit);
    }
}
