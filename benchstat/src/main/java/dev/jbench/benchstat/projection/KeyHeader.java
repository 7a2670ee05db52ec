package dev.jbench.benchstat.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of keys combined into a forest by common field values, for printing them compactly as a table header.
 * Mirrors {@code benchproc.KeyHeader}. Level i of the forest is flattened field i; a node covers a run of
 * consecutive keys that agree on fields 0..i. For keys {@code a:1 b:1}, {@code a:1 b:2}, {@code a:2 b:2} the top
 * level has nodes {@code 1} (2 keys) and {@code 2} (1 key).
 *
 * @param keys   the keys, in the given order (the leaves)
 * @param levels the field of each level: the projection's flattened fields
 * @param top    the nodes of level 0
 */
public record KeyHeader(List<Key> keys, List<Field> levels, List<Node> top) {

    /**
     * One node of a {@link KeyHeader}.
     *
     * @param field    the level of this node, an index into {@link KeyHeader#levels()}
     * @param value    the value that the covered keys share for that field
     * @param start    index of the first covered key
     * @param len      number of covered keys (and of leaves below this node)
     * @param children the nodes of level {@code field + 1} below this one
     */
    public record Node(int field, String value, int start, int len, List<Node> children) {
    }

    /**
     * Builds the header of {@code keys} (which must share a projection; usually sorted first).
     *
     * @throws IllegalArgumentException if the keys come from different projections
     */
    public static KeyHeader of(List<Key> keys) {
        if (keys.isEmpty()) {
            return new KeyHeader(List.of(), List.of(), List.of());
        }
        List<Field> fields = Keys.commonProjection(keys).flattenedFields();
        List<Node> top = children(keys, fields, 0, 0, keys.size());
        return new KeyHeader(List.copyOf(keys), fields, top);
    }

    private static List<Node> children(List<Key> keys, List<Field> fields, int level, int start, int len) {
        if (level == fields.size()) {
            return List.of();
        }
        Field field = fields.get(level);
        List<int[]> runs = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int j = start; j < start + len; j++) {
            String v = keys.get(j).get(field);
            if (!runs.isEmpty() && v.equals(values.get(values.size() - 1))) {
                runs.get(runs.size() - 1)[1]++;
            } else {
                runs.add(new int[] {j, 1});
                values.add(v);
            }
        }
        List<Node> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            int[] run = runs.get(i);
            out.add(new Node(level, values.get(i), run[0], run[1], children(keys, fields, level + 1, run[0], run[1])));
        }
        return List.copyOf(out);
    }
}
