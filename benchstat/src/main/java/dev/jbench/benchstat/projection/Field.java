package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a {@link Projection}, e.g. {@code .name} or {@code /gomaxprocs} in the projection
 * {@code .name,/gomaxprocs}. Mirrors {@code benchproc.Field}.
 *
 * <p>A tuple field ({@code .config}) has no value of its own; its sub-fields, one per file configuration key, are
 * added as results carrying new keys are projected. Fields are compared by identity.
 */
public final class Field {

    private final String name;
    private final boolean tuple;
    private final List<Field> sub = new ArrayList<>();
    private final List<Field> subView = Collections.unmodifiableList(sub);
    private final Projection projection;
    /** Index of this field's value in a key's values; -1 for tuples and the root. */
    final int idx;
    /** Compares two different values; 0 means "unordered", which falls back to byte order. */
    Comparator<String> order;
    /** Observation order of values (value to rank), or null if this field does not track it. */
    Map<String, Integer> observed;

    Field(String name, boolean tuple, Projection projection, int idx) {
        this.name = name;
        this.tuple = tuple;
        this.projection = projection;
        this.idx = idx;
    }

    /** Starts tracking observation order and orders values by it (the default order). */
    void orderByObservation() {
        Map<String, Integer> seen = new HashMap<>();
        observed = seen;
        // A value never observed ranks 0, like a missing Go map entry.
        order = (a, b) -> Integer.compare(seen.getOrDefault(a, 0), seen.getOrDefault(b, 0));
    }

    void addSub(Field f) {
        sub.add(f);
    }

    /** The field's name as written in the projection ({@code .config}, {@code goos}), or a config key. */
    public String name() {
        return name;
    }

    /** True for {@code .config}: a tuple of sub-fields with no value of its own. */
    public boolean isTuple() {
        return tuple;
    }

    /**
     * The sub-fields of a tuple field, in the order they were added (growing as new configuration keys are
     * observed); empty for other fields. A live read-only view.
     */
    public List<Field> subFields() {
        return subView;
    }

    /** The projection this field belongs to. */
    public Projection projection() {
        return projection;
    }

    /** The field's name. */
    @Override
    public String toString() {
        return name;
    }
}
