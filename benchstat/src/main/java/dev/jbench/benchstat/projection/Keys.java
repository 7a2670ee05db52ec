package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.List;

/** Operations on lists of {@link Key}s of one projection ({@code benchproc.SortKeys}, {@code NonSingularFields}). */
public final class Keys {

    private Keys() {
    }

    /**
     * Sorts {@code keys} in place by their projection's order ({@link Key#compareTo}).
     *
     * @throws IllegalArgumentException if the keys come from different projections
     */
    public static void sort(List<Key> keys) {
        Projection p = commonProjection(keys);
        if (p == null) {
            return;
        }
        List<Field> flat = p.flattenedFields();
        keys.sort((a, b) -> Key.compare(flat, a.vals, b.vals));
    }

    /**
     * The flattened fields in which at least two of {@code keys} differ, in flattened order; empty for fewer than
     * two keys. Applied to residue keys, it names what a table cell mixed ("benchmarks vary in goarch").
     *
     * @throws IllegalArgumentException if the keys come from different projections
     */
    public static List<Field> nonSingularFields(List<Key> keys) {
        if (keys.size() <= 1) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        Key first = keys.get(0);
        for (Field f : commonProjection(keys).flattenedFields()) {
            String base = first.get(f);
            for (int i = 1; i < keys.size(); i++) {
                if (!keys.get(i).get(f).equals(base)) {
                    out.add(f);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The projection all keys share, or null for an empty list. */
    static Projection commonProjection(List<Key> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        Projection p = keys.get(0).projection();
        for (Key k : keys) {
            if (k.projection() != p) {
                throw new IllegalArgumentException("Keys must all have the same Projection");
            }
        }
        return p;
    }
}
