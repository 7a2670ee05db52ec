package dev.jbench.benchstat.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;

/**
 * Boundary tests in the style of Go's benchunit/scale_test.go: each value sits exactly on a threshold, and its
 * neighbour one ulp towards zero must print with the other precision or prefix.
 */
class ScalerTest {

    private static void check(UnitClass cls, Object[][] cases) {
        List<String> wrong = new ArrayList<>();
        for (Object[] c : cases) {
            double num = (Double) c[0];
            String got = Scaler.scale(num, cls);
            if (!got.equals(c[1])) {
                wrong.add(cls + " " + num + ": got " + got + ", want " + c[1]);
            }
            String gotPred = Scaler.scale(Math.nextAfter(num, 0), cls);
            if (!gotPred.equals(c[2])) {
                wrong.add(cls + " " + num + "-ε: got " + gotPred + ", want " + c[2]);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void decimal() {
        check(UnitClass.DECIMAL, new Object[][] {
            {0.0, "0.000", "0.000"}, {1.0, "1.000", "1.000"}, {-1.0, "-1.000", "-1.000"},
            {9999500000000000.0, "9999.5T", "9999.5T"}, {999950000000000.0, "1000.0T", "999.9T"},
            {99995000000000.0, "100.0T", "99.99T"}, {9999500000000.0, "10.00T", "9.999T"},
            {999950000000.0, "1.000T", "999.9G"}, {99995000000.0, "100.0G", "99.99G"},
            {9999500000.0, "10.00G", "9.999G"}, {999950000.0, "1.000G", "999.9M"}, {99995000.0, "100.0M", "99.99M"},
            {9999500.0, "10.00M", "9.999M"}, {999950.0, "1.000M", "999.9k"}, {99995.0, "100.0k", "99.99k"},
            {9999.5, "10.00k", "9.999k"}, {999.95, "1.000k", "999.9"}, {99.995, "100.0", "99.99"},
            {9.9995, "10.00", "9.999"}, {.99995, "1.000", "999.9m"}, {.099995, "100.0m", "99.99m"},
            {.0099995, "10.00m", "9.999m"}, {.00099995, "1.000m", "999.9µ"}, {.000099995, "100.0µ", "99.99µ"},
            {.0000099995, "10.00µ", "9.999µ"}, {.00000099995, "1.000µ", "999.9n"},
            {.000000099995, "100.0n", "99.99n"}, {.0000000099995, "10.00n", "9.999n"},
            {.00000000099995, "1.000n", "0.9999n"},
            {Math.nextAfter(.000000000099995, 1), "0.1000n", "0.09999n"},
            {.0000000000099995, "0.01000n", "0.009999n"},
            {Math.nextAfter(.00000000000099995, 1), "0.001000n", "0.0009999n"},
            {.000000000000099995, "0.0001000n", "0.00009999n"},
            {.0000000000000099995, "0.00001000n", "0.000009999n"},
            {Math.nextAfter(.00000000000000099995, 1), "0.000001000n", "0.0000009999n"},
            {-99995000000000.0, "-100.0T", "-99.99T"}, {-.0000000099995, "-10.00n", "-9.999n"},
        });
    }

    @Test
    void binary() {
        check(UnitClass.BINARY, new Object[][] {
            {0.0, "0.000", "0.000"}, {1.0, "1.000", "1.000"}, {-1.0, "-1.000", "-1.000"},
            {.99995 * (1L << 50), "1023.9Ti", "1023.9Ti"}, {99.995 * (1L << 40), "100.0Ti", "99.99Ti"},
            {9.9995 * (1L << 40), "10.00Ti", "9.999Ti"}, {.99995 * (1L << 40), "1.000Ti", "1023.9Gi"},
            {99.995 * (1L << 30), "100.0Gi", "99.99Gi"}, {9.9995 * (1L << 30), "10.00Gi", "9.999Gi"},
            {.99995 * (1L << 30), "1.000Gi", "1023.9Mi"}, {99.995 * (1L << 20), "100.0Mi", "99.99Mi"},
            {9.9995 * (1L << 20), "10.00Mi", "9.999Mi"}, {.99995 * (1L << 20), "1.000Mi", "1023.9Ki"},
            {99.995 * (1L << 10), "100.0Ki", "99.99Ki"}, {9.9995 * (1L << 10), "10.00Ki", "9.999Ki"},
            {.99995 * (1L << 10), "1.000Ki", "1023.9"}, {99.995, "100.0", "99.99"}, {9.9995, "10.00", "9.999"},
            {.99995, "1.000", "0.9999"}, {.099995, "0.1000", "0.09999"}, {.0099995, "0.01000", "0.009999"},
            {.00099995, "0.001000", "0.0009999"}, {.000099995, "0.0001000", "0.00009999"},
            {.0000099995, "0.00001000", "0.000009999"}, {.00000099995, "0.000001000", "0.0000009999"},
            {.00000009995, "0.0000001000", "0.0000000999"},
            {Math.nextAfter(.00000000995, 1), "0.0000000100", "0.0000000099"},
            {.00000000095, "0.0000000010", "0.0000000009"}, {.00000000005, "0.0000000001", "0.0000000000"},
            {.000000000009, "0.0000000000", "0.0000000000"},
        });
    }

    @Test
    void commonScaleUsesTheSmallestNonZeroMagnitude() {
        Scaler s = Scaler.common(new double[] {0, 1.718e-6, 2.5e-3, -3}, UnitClass.DECIMAL);
        assertThat(s).isEqualTo(new Scaler(3, 1e-6, "µ"));
        assertThat(s.format(2.5e-3)).isEqualTo("2500.000µ");
        assertThat(Scaler.common(new double[] {-3, -2.9999}, UnitClass.DECIMAL).format(-3)).isEqualTo("-3.000");
        assertThat(Scaler.common(new double[] {0, 0}, UnitClass.BINARY)).isEqualTo(new Scaler(3, 1, ""));
        assertThat(Scaler.common(new double[] {}, UnitClass.BINARY)).isEqualTo(new Scaler(3, 1, ""));
        assertThat(Scaler.scale(-0.0001, UnitClass.BINARY)).isEqualTo("-0.0001000");
    }

    @Test
    void noOpScalerPrintsExactDigits() {
        assertThat(Scaler.NO_OP.format(1)).isEqualTo("1");
        assertThat(Scaler.NO_OP.format(123456789)).isEqualTo("123456789");
        assertThat(Scaler.NO_OP.format(123.456789)).isEqualTo("123.456789");
    }
}
