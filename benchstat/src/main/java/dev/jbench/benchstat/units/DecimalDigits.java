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
     * value and breaking ties to even, as Go's shortest formatting does.
     *
     * <p>Fast path: JDK 17's {@link Double#toString} always reads back exactly but is not always shortest or closest
     * (JDK-4511638), so its digits D are only a starting point. The set of decimals that read back as v is an
     * interval containing D; if it holds a k-digit decimal it also holds D rounded down or up to k digits, so
     * shortening D one digit at a time finds the shortest length. With at most 15 digits a normal double's interval
     * (relative width at most 2^-52) holds at most one such decimal, so it is the answer; otherwise (16-17 digits,
     * subnormals, two candidates) the closest is decided exactly with {@link BigDecimal}.
     */
    static DecimalDigits shortest(double v) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return ZERO;
        }
        String js = Double.toString(abs);
        int ePos = js.indexOf('E');
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(js, ePos + 1, js.length(), 10);
        String sig = ePos < 0 ? js : js.substring(0, ePos);
        int dot = sig.indexOf('.');
        String digits = sig.substring(0, dot) + sig.substring(dot + 1);
        int lz = 0;
        while (lz < digits.length() - 1 && digits.charAt(lz) == '0') {
            lz++;
        }
        digits = digits.substring(lz);
        // value = M * 10^E with integer M
        int e = exp10 + dot - lz - digits.length();
        if (digits.length() > 18 || abs < Double.MIN_NORMAL) {
            return shortestExact(abs, 1, 17);
        }
        long m = Long.parseLong(digits);
        while (m % 10 == 0) {
            m /= 10;
            e++;
        }
        while (m >= 10) {
            long down = m / 10;
            long up = down + 1;
            boolean downOk = readsBackAs(down, e + 1, abs);
            boolean upOk = readsBackAs(up, e + 1, abs);
            if (!downOk && !upOk) {
                break;
            }
            if (downOk && upOk) {
                return shortestExact(abs, 1, digitCount(down));
            }
            m = downOk ? down : up;
            e++;
            while (m % 10 == 0) {
                m /= 10;
                e++;
            }
        }
        int n = digitCount(m);
        if (n >= 16 && !nearestOfItsLength(m, e, abs)) {
            return shortestExact(abs, n, n);
        }
        String d = Long.toString(m);
        return new DecimalDigits(d, d.length() + e);
    }

    /**
     * Whether {@code m·10^e} is provably the closest decimal of its length to {@code abs}: the midpoints to its
     * neighbours, {@code (m±½)·10^e}, parse to doubles on either side of abs. (The double nearest a midpoint that
     * lies below abs cannot be above abs, and vice versa; a midpoint that parses to abs itself is undecided and
     * left to the exact path.)
     */
    private static boolean nearestOfItsLength(long m, int e, double abs) {
        if (m > (Long.MAX_VALUE - 5) / 10) {
            return false;
        }
        return Double.parseDouble((10 * m + 5) + "E" + (e - 1)) > abs
                && Double.parseDouble((10 * m - 5) + "E" + (e - 1)) < abs;
    }

    private static boolean readsBackAs(long mantissa, int exp, double abs) {
        return Double.parseDouble(mantissa + "E" + exp) == abs;
    }

    private static int digitCount(long m) {
        int n = 1;
        while (m >= 10) {
            m /= 10;
            n++;
        }
        return n;
    }

    /**
     * The exact slow path: the shortest length in {@code [lo, hi]} that has a round-tripping decimal (found by binary
     * search: such lengths are upward closed; {@code hi} must have one), then the closest decimal of that length.
     */
    static DecimalDigits shortestExact(double abs, int lo, int hi) {
        BigDecimal exact = new BigDecimal(abs);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (roundTrip(exact, abs, mid) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        BigDecimal best = roundTrip(exact, abs, lo);
        if (best == null) {
            throw new AssertionError("no " + lo + "-digit round trip for " + abs);
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
