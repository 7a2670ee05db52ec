package dev.jbench.benchstat.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative decimal {@code 0.d1d2...dn × 10^dp} without trailing zeros, the intermediate form of Go's
 * {@code strconv} float formatting. Zero has no digits and {@code dp == 0}.
 *
 * @param digits the significant digits, no leading or trailing zeros
 * @param dp     the position of the decimal point relative to the first digit
 */
record DecimalDigits(String digits, int dp) {

    private static final DecimalDigits ZERO = new DecimalDigits("", 0);

    int length() {
        return digits.length();
    }

    char digit(int i) {
        return digits.charAt(i);
    }

    /**
     * The shortest digits that parse back to {@code |v|} (v finite), choosing the closest such digits to the exact
     * value and breaking ties to even, as Go's shortest formatting does. The round-trip set is an interval around
     * the value, so "some p-digit decimal round-trips" is monotone in p and a binary search finds the shortest p.
     * (JDK 17's {@code Double.toString} is not always shortest, JDK-4511638.)
     */
    static DecimalDigits shortest(double v) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return ZERO;
        }
        BigDecimal exact = new BigDecimal(abs);
        int lo = 1;
        int hi = 17;
        BigDecimal best = roundTrip(exact, abs, 17);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal c = roundTrip(exact, abs, mid);
            if (c != null) {
                best = c;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null) {
            throw new AssertionError("no 17-digit round trip for " + v);
        }
        return of(best);
    }

    /** The p-significant-digit decimal closest to {@code exact} that parses back to {@code abs}, or null. */
    private static BigDecimal roundTrip(BigDecimal exact, double abs, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (Double.parseDouble(nearest.toString()) == abs) {
            return nearest;
        }
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
        BigDecimal other = down.compareTo(nearest) == 0 ? exact.round(new MathContext(p, RoundingMode.UP)) : down;
        return Double.parseDouble(other.toString()) == abs ? other : null;
    }

    /** {@code |v|} rounded half-to-even on its exact binary value to {@code sig >= 1} significant digits. */
    static DecimalDigits significant(double v, int sig) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return ZERO;
        }
        return of(new BigDecimal(abs).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
    }

    private static DecimalDigits of(BigDecimal positive) {
        BigDecimal s = positive.stripTrailingZeros();
        String d = s.unscaledValue().toString();
        return new DecimalDigits(d, d.length() - s.scale());
    }
}
