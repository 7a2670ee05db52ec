package dev.jbench.benchstat.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges adjacent columns that share a value into one header span, level by level (benchproc's {@code KeyHeader}):
 * level {@code i} holds one node per run of columns with equal values for fields 0..i.
 */
final class ColumnHeader {

    /** A header span covering columns {@code start .. start+length-1}. */
    record Node(int level, String value, int start, int length, List<Node> children) {
    }

    private ColumnHeader() {
    }

    /** The header rows, top first; as many as there are column fields. */
    static List<List<Node>> levels(List<Column> columns) {
        List<List<Node>> levels = new ArrayList<>();
        if (columns.isEmpty()) {
            return levels;
        }
        int depth = columns.get(0).values().size();
        List<Node> current = children(columns, -1, 0, columns.size(), depth);
        while (!current.isEmpty()) {
            levels.add(current);
            List<Node> next = new ArrayList<>();
            for (Node n : current) {
                next.addAll(n.children());
            }
            current = next;
        }
        return levels;
    }

    private static List<Node> children(List<Column> columns, int parentLevel, int start, int length, int depth) {
        int level = parentLevel + 1;
        List<Node> out = new ArrayList<>();
        if (level == depth) {
            return out;
        }
        int runStart = start;
        for (int i = start + 1; i <= start + length; i++) {
            String value = columns.get(runStart).values().get(level);
            if (i == start + length || !columns.get(i).values().get(level).equals(value)) {
                out.add(new Node(level, value, runStart, i - runStart,
                        children(columns, level, runStart, i - runStart, depth)));
                runStart = i;
            }
        }
        return out;
    }
}
