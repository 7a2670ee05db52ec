package dev.jbench.benchstat.format;

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
    private int size;

    String intern(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int mask = CAPACITY - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null) {
            if (Arrays.equals(keys[slot], 0, keys[slot].length, b, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (size >= MAX_ENTRIES) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
            slot = (h ^ (h >>> 16)) & mask;
        }
        keys[slot] = Arrays.copyOfRange(b, from, to);
        values[slot] = s;
        size++;
        return s;
    }
}
