package dev.jbench.benchstat.stats;

/**
 * Go's {@code math.Log}, {@code math.Exp} and {@code math.Pow}, computed the way Go 1.19 computes them on
 * linux/amd64, so that values printed by benchstat (geomeans in CSV, binomial PMFs that decide a median interval, the
 * t-test's degrees of freedom) come out bit for bit the same in Java.
 *
 * <p>{@link Math#log}/{@link Math#exp} and their {@code StrictMath} variants are different algorithms and disagree
 * in the last bit on a few percent of inputs (measured, BENCHSTAT_NOTES §9). The algorithms below are written from
 * the descriptions in Go's sources: FreeBSD's {@code e_log.c} for log as {@code log_amd64.s} computes it (bit-identical
 * to Go's pure-Go version except on subnormals), the FMA branch of {@code exp_amd64.s} for exp (the reference outputs come from a CPU with
 * AVX+FMA), and Go's square-and-multiply {@code pow}. Go does not fuse {@code a*b+c} on amd64 by default, so plain
 * Java arithmetic reproduces Go's pure-Go code; {@link Math#fma} is used only where Go's assembly uses FMA.
 */
final class GoMath {

    private GoMath() {
    }

    private static final double SQRT2_OVER_2 = Math.sqrt(2) / 2;

    /** Go's {@code math.Log}. */
    static double log(double x) {
        final double ln2Hi = 6.93147180369123816490e-01;
        final double ln2Lo = 1.90821492927058770002e-10;
        final double l1 = 6.666666666666735130e-01;
        final double l2 = 3.999999999940941908e-01;
        final double l3 = 2.857142874366239149e-01;
        final double l4 = 2.222219843214978396e-01;
        final double l5 = 1.818357216161805012e-01;
        final double l6 = 1.531383769920937332e-01;
        final double l7 = 1.479819860511658591e-01;

        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // Reduce x to f1 * 2^ki with f1 in [sqrt(2)/2, sqrt(2)). Like Go's amd64 assembly (and unlike its pure-Go
        // Frexp), take the exponent field as is: subnormals are not normalized, so Go's math.Log(5e-324) is
        // -709.0895657128241, and so is this.
        long bits = Double.doubleToRawLongBits(x);
        int ki = (int) ((bits >>> 52) & 0x7FF) - 0x3FE;
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        if (f1 < SQRT2_OVER_2) {
            f1 *= 2;
            ki--;
        }
        double f = f1 - 1;
        double k = ki;

        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)));
        double t2 = s4 * (l2 + s4 * (l4 + s4 * l6));
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + k * ln2Lo)) - f);
    }

    /** Go's {@code math.Exp} on amd64 with AVX+FMA (the assembly's FMA branch). */
    static double exp(double x) {
        final double log2e = 1.4426950408889634073599246810018920;
        final double ln2U = 0.69314718055966295651160180568695068359375;
        final double ln2L = 0.28235290563031577122588448175013436025525412068e-12;
        final double overflow = 7.09782712893384e+02;

        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x > overflow) {
            return Double.POSITIVE_INFINITY;
        }
        // CVTSD2SL rounds half to even; Math.rint does too, and the int cast saturates like the instruction's
        // "integer indefinite" result for the (only negative) out-of-range case, which underflows to 0 below.
        int k = (int) Math.rint(log2e * x);
        double kd = k;
        double r = Math.fma(-kd, ln2U, x);
        r = Math.fma(-kd, ln2L, r);
        r *= 0.0625;
        // Taylor series of (e^r - 1)/r, evaluated with FMA as the assembly does.
        double p = 2.4801587301587301587e-5;
        p = Math.fma(p, r, 1.9841269841269841270e-4);
        p = Math.fma(p, r, 1.3888888888888888889e-3);
        p = Math.fma(p, r, 8.3333333333333333333e-3);
        p = Math.fma(p, r, 4.1666666666666666667e-2);
        p = Math.fma(p, r, 1.6666666666666666667e-1);
        p = Math.fma(p, r, 0.5);
        p = Math.fma(p, r, 1.0);
        double y = r * p;
        // Undo the division by 16: (1+y)^2 - 1 = y*(y+2), four times.
        y = y * (y + 2.0);
        y = y * (y + 2.0);
        y = y * (y + 2.0);
        y = Math.fma(y, y + 2.0, 1.0);
        int b = k + 1023;
        if (b <= 0) {
            if (b < -52) {
                return 0;
            }
            y *= Double.longBitsToDouble((long) (b + 1022) << 52);
            b = 1;
        } else if (b >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return y * Double.longBitsToDouble((long) b << 52);
    }

    /** Go's {@code math.Pow}. */
    static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x == 0) {
            if (y < 0) {
                return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            }
            return isOddInt(y) ? x : 0;
        }
        if (Double.isInfinite(y)) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) {
                return pow(1 / x, -y);
            }
            return y < 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == -0.5) {
            return 1 / Math.sqrt(x);
        }

        double absY = Math.abs(y);
        double yi = Math.floor(absY);
        double yf = absY - yi;
        if (yf != 0 && x < 0) {
            return Double.NaN;
        }
        if (yi >= 0x1p63) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }

        // ans = a1 * 2^ae
        double a1 = 1.0;
        int ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = exp(yf * log(x));
        }
        // Multiply in successive squarings of x for the bits of yi, keeping powers of two apart.
        int xe = frexpExponent(x);
        double x1 = frexpFraction(x, xe);
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    private static boolean isOddInt(double x) {
        if (Math.abs(x) >= 0x1p53) {
            return false;
        }
        double xi = Math.floor(Math.abs(x));
        return Math.abs(x) == xi && ((long) xi & 1) == 1;
    }

    /** The exponent e of Go's {@code math.Frexp}: x = frac * 2^e with |frac| in [0.5, 1); x finite and non-zero. */
    static int frexpExponent(double x) {
        return Math.getExponent(x) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(x * 0x1p52) - 52 + 1
                : Math.getExponent(x) + 1;
    }

    /** The fraction of Go's {@code math.Frexp} for the exponent returned by {@link #frexpExponent}. */
    static double frexpFraction(double x, int exponent) {
        return Math.scalb(x, -exponent);
    }

    /** Go's {@code math.Ldexp}: frac * 2^exp with one rounding, like {@link Math#scalb}. */
    static double ldexp(double frac, int exp) {
        return Math.scalb(frac, exp);
    }
}
