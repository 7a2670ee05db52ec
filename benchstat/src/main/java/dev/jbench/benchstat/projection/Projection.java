package dev.jbench.benchstat.projection;

import dev.jbench.benchstat.format.Result;
import dev.jbench.benchstat.format.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Extracts some fields of a {@link Result} into an interned {@link Key}, and orders those keys. Mirrors
 * {@code benchproc.Projection}; made by {@link ProjectionParser}.
 *
 * <p>The order is lexicographic over {@link #flattenedFields()}; each field orders its values as the expression
 * says, by default in the order they were first observed. Projecting is not thread-safe (it grows
 * {@code .config} and observation orders); after projecting, keys may be compared and read from any thread.
 */
public final class Projection {

    private final Field root = new Field("", true, this, -1);
    private int nFields;
    private Field unitField;
    /** Functions that fill {@link #row} from a result; they may add fields. */
    private final List<BiConsumer<Projection, Result>> projectors = new ArrayList<>();
    /** Scratch row: values by field index. */
    private String[] row = new String[0];
    private volatile List<Field> flatCache;
    private final Map<String, String> interns = new HashMap<>();
    /** Intern table of keys: chained buckets, power-of-two size. */
    private Key[] table = new Key[16];
    private int size;

    Projection() {
    }

    Field root() {
        return root;
    }

    Field addField(Field group, String name) {
        if (group.idx != -1) {
            throw new IllegalStateException("field's parent is not a group");
        }
        Field f = new Field(name, false, this, nFields++);
        group.addSub(f);
        flatCache = null;
        row = Arrays.copyOf(row, nFields);
        row[nFields - 1] = "";
        return f;
    }

    Field addGroup(Field group, String name) {
        Field f = new Field(name, true, this, -1);
        group.addSub(f);
        return f;
    }

    void addProjector(BiConsumer<Projection, Result> projector) {
        projectors.add(projector);
    }

    void setUnitField(Field f) {
        unitField = f;
    }

    /** Stores {@code value} as the row value of field index {@code idx} (interned only if it makes a new key). */
    void set(int idx, String value) {
        row[idx] = value;
    }

    private String intern(String value) {
        String interned = interns.putIfAbsent(value, value);
        return interned != null ? interned : value;
    }

    /** The fields exactly as in the projection expression (plus {@code .unit} for unit projections). */
    public List<Field> fields() {
        return root.subFields();
    }

    /**
     * The fields with tuples ({@code .config}) expanded into their current sub-fields: the sequence that keys are
     * sorted and printed by. Grows as new configuration keys are projected.
     */
    public List<Field> flattenedFields() {
        List<Field> flat = flatCache;
        if (flat == null) {
            List<Field> out = new ArrayList<>();
            flatten(root, out);
            flat = Collections.unmodifiableList(out);
            flatCache = flat;
        }
        return flat;
    }

    private static void flatten(Field f, List<Field> out) {
        if (f.idx != -1) {
            out.add(f);
            return;
        }
        for (Field s : f.subFields()) {
            flatten(s, out);
        }
    }

    /** The {@code .unit} field if this projection was made by {@link ProjectionParser#parseWithUnit}. */
    public Optional<Field> unitField() {
        return Optional.ofNullable(unitField);
    }

    /**
     * The key of result {@code r}. Equal field values give the same key object. May add sub-fields to
     * {@code .config} when {@code r} has a configuration key not seen before. A {@code .unit} field is left empty;
     * use {@link #projectValues} for unit projections.
     */
    public Key project(Result r) {
        populateRow(r);
        return internRow();
    }

    /**
     * One key per measurement of {@code r} (same order as {@code r.values()}); they differ only in the
     * {@code .unit} field, if this projection has one, and are all the same key otherwise.
     */
    public List<Key> projectValues(Result r) {
        populateRow(r);
        List<Value> values = r.values();
        Key[] out = new Key[values.size()];
        if (unitField == null) {
            Key k = internRow();
            Arrays.fill(out, k);
        } else {
            for (int i = 0; i < out.length; i++) {
                set(unitField.idx, values.get(i).unit());
                out[i] = internRow();
            }
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private void populateRow(Result r) {
        Arrays.fill(row, "");
        // Indexed: an iterator per result is measurable garbage on a 10^6-line input.
        for (int i = 0, n = projectors.size(); i < n; i++) {
            projectors.get(i).accept(this, r);
        }
    }

    private Key internRow() {
        String[] r = row;
        int len = r.length;
        // Ignore trailing empty values: fields can be added later, and keys made before must equal keys made after.
        while (len > 0 && r[len - 1].isEmpty()) {
            len--;
        }
        int h = 1;
        for (int i = 0; i < len; i++) {
            h = 31 * h + r[i].hashCode();
        }
        h ^= h >>> 16;
        for (Key k = table[h & (table.length - 1)]; k != null; k = k.next) {
            if (k.hashCode() == h && Arrays.equals(k.vals, 0, k.vals.length, r, 0, len)) {
                return k;
            }
        }
        // A new key: update the observation orders of top-level fields. Sub-fields of .config never get an
        // observation order (as in Go), so their values sort byte-wise.
        for (Field f : root.subFields()) {
            if (f.observed != null) {
                String v = f.idx >= 0 && f.idx < len ? r[f.idx] : "";
                f.observed.putIfAbsent(v, f.observed.size());
            }
        }
        // Keys keep one shared copy of each value; looking a row up needs no interning.
        String[] vals = new String[len];
        for (int i = 0; i < len; i++) {
            vals[i] = intern(r[i]);
        }
        Key key = new Key(this, vals, h);
        if (++size > table.length * 3 / 4) {
            resize();
        }
        int b = h & (table.length - 1);
        key.next = table[b];
        table[b] = key;
        return key;
    }

    private void resize() {
        Key[] old = table;
        table = new Key[old.length * 2];
        for (Key head : old) {
            for (Key k = head; k != null; ) {
                Key next = k.next;
                int b = k.hashCode() & (table.length - 1);
                k.next = table[b];
                table[b] = k;
                k = next;
            }
        }
    }
}
