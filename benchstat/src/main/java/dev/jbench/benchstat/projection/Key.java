package dev.jbench.benchstat.projection;

import java.util.List;

/**
 * An immutable tuple of field values produced by {@link Projection#project}. Mirrors {@code benchproc.Key}.
 *
 * <p>Keys are interned per projection: two keys of the same projection are {@code equals} if and only if they are
 * the same object, which happens if and only if all their values are equal. They are therefore cheap
 * {@link java.util.HashMap} keys for grouping results. Their natural order ({@link #compareTo}) is the projection's
 * sort order, lexicographic over {@link Projection#flattenedFields()}; it is consistent with equals.
 */
public final class Key implements Comparable<Key> {

    private final Projection projection;
    /** Values indexed by field index (not flattened order: fields may be added later); trailing "" trimmed. */
    final String[] vals;
    private final int hash;
    /** Next key in the projection's intern table bucket. */
    Key next;

    Key(Projection projection, String[] vals, int hash) {
        this.projection = projection;
        this.vals = vals;
        this.hash = hash;
    }

    /** The projection that made this key. */
    public Projection projection() {
        return projection;
    }

    /**
     * The value of {@code field} in this key; {@code ""} if the result had none (or the field was added to a
     * {@code .config} group after this key was made).
     *
     * @throws IllegalArgumentException if {@code field} is from another projection or is a tuple
     */
    public String get(Field field) {
        if (field.projection() != projection) {
            throw new IllegalArgumentException("Key and Field have different Projections");
        }
        if (field.isTuple()) {
            throw new IllegalArgumentException(field.name() + " is a tuple field");
        }
        return field.idx < vals.length ? vals[field.idx] : "";
    }

    /**
     * The non-empty values in flattened field order, separated by single spaces (Go's {@code StringValues}),
     * e.g. {@code Sort 8}. This is how benchstat labels rows, columns and tables.
     */
    @Override
    public String toString() {
        return render(false);
    }

    /**
     * The non-empty values as {@code field:value} pairs in flattened field order (Go's {@code String}), e.g.
     * {@code .name:Sort /gomaxprocs:8}.
     */
    public String toStringWithFields() {
        return render(true);
    }

    private String render(boolean withNames) {
        StringBuilder b = new StringBuilder();
        for (Field f : projection.flattenedFields()) {
            String v = f.idx < vals.length ? vals[f.idx] : "";
            if (v.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (withNames) {
                b.append(f.name()).append(':');
            }
            b.append(v);
        }
        return b.toString();
    }

    /**
     * Orders keys by the projection's fields in flattened order: for the first field whose values differ, that
     * field's order (observation, {@code alpha}, {@code num} or fixed) decides, and where it cannot, byte-wise
     * (UTF-8) string order does. Observation orders change as results are projected, so sort after projecting.
     *
     * @throws IllegalArgumentException if {@code o} comes from another projection
     */
    @Override
    public int compareTo(Key o) {
        if (o.projection != projection) {
            throw new IllegalArgumentException("cannot compare Keys from different Projections");
        }
        return compare(projection.flattenedFields(), vals, o.vals);
    }

    static int compare(List<Field> flat, String[] a, String[] b) {
        if (a == b) {
            return 0;
        }
        for (Field f : flat) {
            String x = f.idx < a.length ? a[f.idx] : "";
            String y = f.idx < b.length ? b[f.idx] : "";
            if (!x.equals(y)) {
                int c = f.order.compare(x, y);
                if (c != 0) {
                    return c < 0 ? -1 : 1;
                }
                // Unordered but different: fall back to an order that is 0 only for equal strings, so that the
                // order stays consistent with equals.
                return Orders.compareBytes(x, y) < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    /** Identity: keys are interned. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    /** A hash of the values, stable across runs (unlike an identity hash). */
    @Override
    public int hashCode() {
        return hash;
    }
}
