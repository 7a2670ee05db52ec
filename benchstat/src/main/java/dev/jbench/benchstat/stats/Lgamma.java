package dev.jbench.benchstat.stats;

import java.math.BigDecimal;

/**
 * Go's {@code math.Lgamma} (FreeBSD's {@code e_lgamma_r.c}) for positive arguments: the same polynomial and rational
 * approximations in the same evaluation order, so that {@code Choose(n, k)} for n > 20, binomial PMFs and the
 * incomplete beta function agree with Go to the bit. The JDK has no lgamma.
 *
 * <p>Only {@code x > 0} (and NaN/+Inf) is supported: every caller in this package passes a positive argument, and
 * the reflection formula for negative x would also need Go's sine.
 */
final class Lgamma {

    private Lgamma() {
    }

    private static final double[] A = {
        7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
        2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
        1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
        1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
    };
    private static final double[] R = {
        1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
        1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06,
    };
    private static final double[] S = {
        -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
        1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
        3.19475326584100867617e-05,
    };
    private static final double[] T = {
        4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
        -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
        6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
        -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
        3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04,
    };
    private static final double[] U = {
        -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
        9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02,
    };
    private static final double[] V = {
        1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
        1.04222645593369134254e-01, 3.21709242282423911810e-03,
    };
    private static final double[] W = {
        4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
        7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
        -1.63092934096575273989e-03,
    };

    private static final String YMIN = "1.461632144968362245";
    private static final String TC_TEXT = "1.46163214496836224576e+00";
    private static final double TC = 1.46163214496836224576e+00;
    private static final double TF = -1.21486290535849611461e-01;
    private static final double TT = -3.63867699703950536541e-18;
    private static final double TINY = 0x1p-70;
    private static final double TWO58 = 0x1p58;

    // Go folds constant expressions exactly before rounding to float64; BigDecimal does the same here (plain Java
    // double arithmetic would differ in the last bit for Ymin-1-0.27).
    private static final double YMIN_M1_P027 = exact(YMIN, "-1", "0.27");
    private static final double YMIN_M1_M027 = exact(YMIN, "-1", "-0.27");
    private static final double YMIN_P027 = exact(YMIN, "0.27");
    private static final double YMIN_M027 = exact(YMIN, "-0.27");
    private static final double TC_M1 = exact(TC_TEXT, "-1");

    private static double exact(String... terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String term : terms) {
            sum = sum.add(new BigDecimal(term));
        }
        return sum.doubleValue();
    }

    /** log|Γ(x)| for x > 0; +Inf for 0 and +Inf, NaN for NaN. */
    static double lgamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (!(x > 0)) {
            throw new IllegalArgumentException("lgamma is implemented for x > 0 only, got " + x);
        }
        if (x < TINY) {
            return -GoMath.log(x);
        }
        if (x == 1 || x == 2) {
            return 0;
        }
        if (x < 2) {
            return belowTwo(x);
        }
        if (x < 8) {
            int i = (int) x;
            double y = x - i;
            double p = y * (S[0] + y * (S[1] + y * (S[2] + y * (S[3] + y * (S[4] + y * (S[5] + y * S[6]))))));
            double q = 1 + y * (R[1] + y * (R[2] + y * (R[3] + y * (R[4] + y * (R[5] + y * R[6])))));
            double lgamma = 0.5 * y + p / q;
            // lgamma(1+s) = log(s) + lgamma(s), folded into one log of a product.
            double z = 1.0;
            switch (i) {
                case 7:
                    z *= (y + 6);
                    // fall through
                case 6:
                    z *= (y + 5);
                    // fall through
                case 5:
                    z *= (y + 4);
                    // fall through
                case 4:
                    z *= (y + 3);
                    // fall through
                case 3:
                    z *= (y + 2);
                    lgamma += GoMath.log(z);
                    break;
                default:
                    break;
            }
            return lgamma;
        }
        if (x < TWO58) {
            double t = GoMath.log(x);
            double z = 1 / x;
            double y = z * z;
            double w = W[0] + z * (W[1] + y * (W[2] + y * (W[3] + y * (W[4] + y * (W[5] + y * W[6])))));
            return (x - 0.5) * (t - 1) + w;
        }
        return x * (GoMath.log(x) - 1);
    }

    private static double belowTwo(double x) {
        double lgamma;
        double y;
        int i;
        if (x <= 0.9) {
            lgamma = -GoMath.log(x);
            if (x >= YMIN_M1_P027) {
                y = 1 - x;
                i = 0;
            } else if (x >= YMIN_M1_M027) {
                y = x - TC_M1;
                i = 1;
            } else {
                y = x;
                i = 2;
            }
        } else {
            lgamma = 0;
            if (x >= YMIN_P027) {
                y = 2 - x;
                i = 0;
            } else if (x >= YMIN_M027) {
                y = x - TC;
                i = 1;
            } else {
                y = x - 1;
                i = 2;
            }
        }
        switch (i) {
            case 0: {
                double z = y * y;
                double p1 = A[0] + z * (A[2] + z * (A[4] + z * (A[6] + z * (A[8] + z * A[10]))));
                double p2 = z * (A[1] + z * (A[3] + z * (A[5] + z * (A[7] + z * (A[9] + z * A[11])))));
                double p = y * p1 + p2;
                lgamma += (p - 0.5 * y);
                break;
            }
            case 1: {
                double z = y * y;
                double w = z * y;
                double p1 = T[0] + w * (T[3] + w * (T[6] + w * (T[9] + w * T[12])));
                double p2 = T[1] + w * (T[4] + w * (T[7] + w * (T[10] + w * T[13])));
                double p3 = T[2] + w * (T[5] + w * (T[8] + w * (T[11] + w * T[14])));
                double p = z * p1 - (TT - w * (p2 + y * p3));
                lgamma += (TF + p);
                break;
            }
            default: {
                double p1 = y * (U[0] + y * (U[1] + y * (U[2] + y * (U[3] + y * (U[4] + y * U[5])))));
                double p2 = 1 + y * (V[1] + y * (V[2] + y * (V[3] + y * (V[4] + y * V[5]))));
                lgamma += (-0.5 * y + p1 / p2);
                break;
            }
        }
        return lgamma;
    }
}
