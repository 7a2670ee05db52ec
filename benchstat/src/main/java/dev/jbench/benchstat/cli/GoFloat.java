package dev.jbench.benchstat.cli;

import dev.jbench.benchstat.units.GoNumberFormatException;
import dev.jbench.benchstat.units.GoStrconv;

/**
 * Float flag values as Go's flag package parses them: {@code strconv.ParseFloat} syntax ({@code 1e-2}, {@code .5},
 * {@code 0x1p-4}, {@code inf}, {@code NaN}, {@code 1_0}; not Java's {@code 1d} or {@code Infinity1}), with the short
 * reasons the flag package prints: {@code parse error} and {@code value out of range}.
 */
final class GoFloat {

    private GoFloat() {
    }

    /**
     * Parses {@code s}.
     *
     * @throws IllegalArgumentException with message {@code parse error} or {@code value out of range}
     */
    static double parse(String s) {
        try {
            return GoStrconv.parseFloat(s);
        } catch (GoNumberFormatException e) {
            throw new IllegalArgumentException(
                    e.reason() == GoNumberFormatException.Reason.RANGE ? "value out of range" : "parse error");
        }
    }
}
