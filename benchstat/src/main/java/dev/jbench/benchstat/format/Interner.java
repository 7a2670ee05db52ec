package dev.jbench.benchstat.format;

import dev.jbench.benchstat.units.Tidy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns repeated byte strings (units, metadata keys) into one shared String without allocating on a hit. Bounded:
 * when full it is cleared, which only costs re-creating strings (Go's reader evicts similarly).
 */
final class Interner {
    private static final int CAPACITY = 256;            // power of two, twice the maximum entries
    private static final int MAX_ENTRIES = CAPACITY / 2;

    private final byte[][] keys = new byte[CAPACITY][];
    private final String[] values = new String[CAPACITY];
    private final String[] tidyUnits = new String[CAPACITY];
    private final double[] tidyFactors = new double[CAPACITY];
    private int size;
    private int lastSlot;

    /**
     * The measurement {@code value} in the unit spelled by {@code b[from, to)}, tidied with the reader's rule
     * ({@link Value#of}); the unit's tidy form is computed once per distinct unit rather than per measurement.
     */
    Value value(double value, byte[] b, int from, int to) {
        String unit = intern(b, from, to);
        int slot = lastSlot;
        String tidyUnit = tidyUnits[slot];
        if (tidyUnit == null) {
            tidyUnit = Tidy.unit(unit);
            tidyUnits[slot] = tidyUnit;
            tidyFactors[slot] = Tidy.factor(unit);
        }
        double tidied = value * tidyFactors[slot];
        if (tidied == value) {
            return new Value(value, unit, value, unit);
        }
        return new Value(tidied, tidyUnit, value, unit);
    }

    String intern(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int mask = CAPACITY - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null) {
            if (Arrays.equals(keys[slot], 0, keys[slot].length, b, from, to)) {
                lastSlot = slot;
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (size >= MAX_ENTRIES) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            Arrays.fill(tidyUnits, null);
            size = 0;
            slot = (h ^ (h >>> 16)) & mask;
        }
        keys[slot] = Arrays.copyOfRange(b, from, to);
        values[slot] = s;
        tidyUnits[slot] = null;
        lastSlot = slot;
        size++;
        return s;
    }
}
